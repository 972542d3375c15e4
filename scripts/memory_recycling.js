// Recycling workers that leak: each worker checks its heap every CHECK_MS
// and exits with code 1 once it uses more than MAX_MEMORY_MB; the primary
// forks a fresh one in its place. GET /leak?mb=N makes the worker that serves
// it hold on to about N MB, for a demonstration.
//
//   go run ./cmd/gocluster scripts/memory_recycling.js
//   curl 'localhost:8000/leak?mb=600'      (then watch the worker get replaced)
//
// PORT (default 8000), WORKERS (default: all CPUs), MAX_MEMORY_MB (default
// 500), CHECK_MS (default 30000).
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');
const { availableParallelism } = require('node:os');

const port = Number(process.env.PORT) || 8000;
const numWorkers = Number(process.env.WORKERS) || availableParallelism();
const maxMemoryMB = Number(process.env.MAX_MEMORY_MB) || 500;
const checkMs = Number(process.env.CHECK_MS) || 30000;

if (cluster.isPrimary) {
  console.log(`Primary ${process.pid} is running`);
  for (let i = 0; i < numWorkers; i++) {
    cluster.fork();
  }
  cluster.on('exit', (worker, code, signal) => {
    if (worker.exitedAfterDisconnect) return;
    console.log(`Worker ${worker.process.pid} exited with code ${code}, forking a fresh one`);
    cluster.fork();
  });
} else {
  const leaked = [];

  function checkMemory() {
    const memoryMB = process.memoryUsage().heapUsed / 1024 / 1024;
    if (memoryMB > maxMemoryMB) {
      console.log(`Worker ${process.pid} memory ${memoryMB.toFixed(2)}MB exceeds limit, exiting...`);
      process.exit(1); // the primary forks a replacement
    }
  }
  setInterval(checkMemory, checkMs);

  http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/leak') {
      const mb = Number(url.searchParams.get('mb')) || 100;
      // Arrays of numbers live on the JS heap (Buffers would not).
      for (let i = 0; i < mb; i++) leaked.push(new Array(131072).fill(i + 0.5));
      res.end(`Worker ${process.pid} now holds about ${mb} MB more\n`);
      return;
    }
    res.end(`Hello from Worker ${process.pid}\n`);
  }).listen(port);
  console.log(`Worker ${process.pid} started`);
}
