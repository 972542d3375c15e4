// Graceful shutdown: on SIGTERM the primary asks every worker to stop. A
// worker closes its server (no new connections), answers the requests it
// already has, then exits; the primary exits once all workers are gone, or
// kills the stragglers after a deadline.
//
//   go run ./cmd/gocluster scripts/graceful_shutdown.js
//   curl localhost:8000/ &  sleep 0.5; kill -TERM <primary pid>
//   (the slow request still gets its answer, then everything exits with 0)
//
// PORT (default 8000), WORKERS (default: all CPUs), SLOW_MS, how long each
// request takes (default 2000), DEADLINE_MS, the primary's patience
// (default 5000).
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');
const { availableParallelism } = require('node:os');

const port = Number(process.env.PORT) || 8000;
const numWorkers = Number(process.env.WORKERS) || availableParallelism();
const slowMs = Number(process.env.SLOW_MS) || 2000;
const deadlineMs = Number(process.env.DEADLINE_MS) || 5000;

if (cluster.isPrimary) {
  console.log(`Primary ${process.pid} is running`);
  for (let i = 0; i < numWorkers; i++) {
    cluster.fork();
  }

  process.on('SIGTERM', () => {
    console.log('Primary received SIGTERM, initiating graceful shutdown...');
    for (const worker of Object.values(cluster.workers)) {
      console.log(`Asking worker ${worker.process.pid} to shut down`);
      worker.send('shutdown');
    }
    // Whoever is still there after the deadline is killed.
    setTimeout(() => {
      console.log('Some workers did not exit in time, forcing shutdown...');
      for (const worker of Object.values(cluster.workers)) {
        if (!worker.isDead()) {
          console.log(`Killing worker ${worker.process.pid}`);
          worker.process.kill('SIGKILL');
        }
      }
      process.exit(0);
    }, deadlineMs).unref();
  });

  cluster.on('exit', (worker, code, signal) => {
    console.log(`Worker ${worker.process.pid} exited (${signal || code})`);
    if (Object.keys(cluster.workers).length === 0) {
      console.log('All workers have exited, shutting down primary...');
      process.exit(0);
    }
  });
  console.log('Send SIGTERM to the primary to shut down gracefully');
} else {
  let shuttingDown = false;
  let active = 0;

  const server = http.createServer((req, res) => {
    active++;
    setTimeout(() => {
      res.writeHead(200);
      res.end(`Hello from Worker ${process.pid}\n`);
      active--;
      if (shuttingDown && active === 0) {
        console.log(`Worker ${process.pid} answered its last request, exiting...`);
        process.exit(0);
      }
    }, slowMs);
  });
  server.listen(port);

  process.on('message', (msg) => {
    if (msg !== 'shutdown') return;
    console.log(`Worker ${process.pid} stops taking new connections`);
    shuttingDown = true;
    server.close();
    if (active === 0) {
      console.log(`Worker ${process.pid} has no requests in flight, exiting...`);
      process.exit(0);
    } else {
      console.log(`Worker ${process.pid} waits for ${active} request(s) to finish`);
    }
  });

  // A worker can also be told directly (kill -TERM <worker pid>).
  process.on('SIGTERM', () => {
    console.log(`Worker ${process.pid} received SIGTERM directly`);
    shuttingDown = true;
    server.close(() => process.exit(0));
  });
  // Last, so that a signal sent once this line shows finds its handler.
  console.log(`Worker ${process.pid} started`);
}
