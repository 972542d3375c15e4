// The smallest useful cluster: one primary forks a worker per CPU, and every
// worker serves HTTP on the same port. The primary never touches a request:
// it accepts connections and hands each one to a worker (round-robin).
//
//   go run ./cmd/gocluster scripts/basic_http.js      (or: node scripts/basic_http.js)
//   curl localhost:8000/                              -> hello world
//
// PORT (default 8000) and WORKERS (default: all CPUs) can be set.
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');
const { availableParallelism } = require('node:os');

const port = Number(process.env.PORT) || 8000;
const numWorkers = Number(process.env.WORKERS) || availableParallelism();

if (cluster.isPrimary) {
  console.log(`Primary ${process.pid} is running`);

  for (let i = 0; i < numWorkers; i++) {
    cluster.fork();
  }

  cluster.on('exit', (worker, code, signal) => {
    console.log(`worker ${worker.process.pid} died`);
  });
} else {
  // Any TCP server can be shared this way; this one speaks HTTP.
  http.createServer((req, res) => {
    res.writeHead(200);
    res.end('hello world\n');
  }).listen(port);

  console.log(`Worker ${process.pid} started`);
}
