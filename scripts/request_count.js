// Workers tell the primary about every request they serve, over the IPC
// channel that cluster.fork() sets up. The primary keeps the totals and,
// once traffic has been quiet for a moment, prints them and sends each
// worker its own count back.
//
//   go run ./cmd/gocluster scripts/request_count.js
//   for i in 1 2 3 4; do curl -s localhost:8000/; done
//
// PORT (default 8000), WORKERS (default: all CPUs), and QUIET_MS, how long
// traffic must pause before the summary is printed (default 1000).
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');
const { availableParallelism } = require('node:os');

const port = Number(process.env.PORT) || 8000;
const numWorkers = Number(process.env.WORKERS) || availableParallelism();
const quietMs = Number(process.env.QUIET_MS) || 1000;

if (cluster.isPrimary) {
  console.log(`Primary ${process.pid} is running`);
  let numReqs = 0;
  const requestCounts = {};
  let summary = null;

  function report() {
    console.log(`numReqs = ${numReqs}`);
    for (const id in cluster.workers) {
      cluster.workers[id].send({ cmd: 'requestCount', requestCount: requestCounts[id] });
    }
  }

  function messageHandler(worker, msg) {
    if (msg.cmd !== 'notifyRequest') return;
    numReqs++;
    requestCounts[worker.id]++;
    console.log(`Worker ${worker.id} (pid ${worker.process.pid}) has handled ${requestCounts[worker.id]} requests`);
    clearTimeout(summary);
    summary = setTimeout(report, quietMs);
  }

  for (let i = 0; i < numWorkers; i++) {
    const worker = cluster.fork();
    requestCounts[worker.id] = 0;
  }
  // cluster.workers holds every live worker, keyed by id.
  for (const id in cluster.workers) {
    const worker = cluster.workers[id];
    worker.on('message', (msg) => messageHandler(worker, msg));
  }
} else {
  let localRequestCount = 0;
  process.on('message', (msg) => {
    if (msg.cmd === 'requestCount') {
      console.log(`Worker ${process.pid} has handled ${msg.requestCount} requests according to the primary`);
    }
  });

  http.createServer((req, res) => {
    localRequestCount++;
    process.send({ cmd: 'notifyRequest' });
    res.writeHead(200);
    res.end(`Hello from worker ${cluster.worker.id}, request ${localRequestCount} here\n`);
  }).listen(port);
  console.log(`Worker ${process.pid} started`);
}
