// A primary that keeps its pool full: whenever a worker dies for a reason
// other than being asked to (worker.disconnect()), it forks a replacement.
// GET /crash makes the worker that serves it exit with code 1 after
// answering; GET /throw throws in the handler, an uncaught exception that
// ends the worker (code 1) with the error on stderr and the client's
// connection dropped.
//
//   go run ./cmd/gocluster scripts/restart_on_exit.js
//   curl localhost:8000/crash; curl localhost:8000/throw; curl localhost:8000/
//
// PORT (default 8000), WORKERS (default: all CPUs).
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
    if (worker.exitedAfterDisconnect) return;
    console.log(`worker ${worker.process.pid} died (${signal || code}). restarting...`);
    cluster.fork();
  });
} else {
  http.createServer((req, res) => {
    if (req.url === '/crash') {
      res.end(`Worker ${process.pid} is going down\n`, () => process.exit(1));
      return;
    }
    if (req.url === '/throw') {
      throw new Error(`cannot serve ${req.url}`);
    }
    res.writeHead(200);
    res.end(`Hello from Worker ${process.pid}\n`);
  }).listen(port);
  console.log(`Worker ${process.pid} started`);
}
