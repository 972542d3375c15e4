// SCHED_NONE: instead of accepting connections itself and handing them out
// round-robin, the primary binds the port once and gives the listening
// socket to every worker; the workers accept on it directly and the kernel
// decides who gets each connection. (NODE_CLUSTER_SCHED_POLICY=none does the
// same without code.) The policy must be set before the first fork.
//
//   go run ./cmd/gocluster scripts/sched_none.js
//   curl localhost:8000/
//
// PORT (default 8000), WORKERS (default: all CPUs).
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');
const { availableParallelism } = require('node:os');

const port = Number(process.env.PORT) || 8000;
const numWorkers = Number(process.env.WORKERS) || availableParallelism();

cluster.schedulingPolicy = cluster.SCHED_NONE;

if (cluster.isPrimary) {
  console.log(`Primary ${process.pid} is running, policy ${cluster.schedulingPolicy === cluster.SCHED_NONE ? 'SCHED_NONE' : 'SCHED_RR'}`);
  for (let i = 0; i < numWorkers; i++) {
    cluster.fork();
  }
  cluster.on('exit', (worker, code, signal) => {
    console.log(`Worker ${worker.process.pid} died`);
    cluster.fork();
  });
} else {
  http.createServer((req, res) => {
    res.writeHead(200);
    res.end(`Hello from Worker ${process.pid}\n`);
  }).listen(port);
  console.log(`Worker ${process.pid} started`);
}
