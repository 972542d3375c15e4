// Zero-downtime restart: on SIGUSR2 (a deploy, say) the primary replaces its
// workers one at a time. Each new worker is forked first; only once it is
// listening is the old one disconnected, which lets it finish the requests it
// has and exit. The port never goes unserved, so clients see no error.
//
//   go run ./cmd/gocluster scripts/rolling_restart.js
//   kill -USR2 <primary pid>     while curl runs in a loop: no request fails
//
// PORT (default 8000), WORKERS (default: all CPUs), RESTART_DELAY_MS, the
// pause between two workers (default 1000), RESTART_AFTER_MS, restart once
// by itself after that long (default: only on SIGUSR2).
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');
const { availableParallelism } = require('node:os');

const port = Number(process.env.PORT) || 8000;
const numWorkers = Number(process.env.WORKERS) || availableParallelism();
const restartDelay = Number(process.env.RESTART_DELAY_MS) || 1000;

if (cluster.isPrimary) {
  console.log(`Primary ${process.pid} is running`);
  const workers = [];
  for (let i = 0; i < numWorkers; i++) {
    workers.push(cluster.fork());
  }

  let restarting = false;
  function restartWorkers() {
    if (restarting) return;
    restarting = true;
    console.log('Starting zero-downtime restart...');
    let i = 0;
    function restartWorker() {
      if (i >= workers.length) {
        console.log('All workers restarted successfully!');
        restarting = false;
        return;
      }
      const worker = workers[i++];
      console.log(`Restarting worker ${worker.process.pid}...`);
      const newWorker = cluster.fork();
      newWorker.once('listening', () => {
        // The new worker takes connections now; the old one may go.
        worker.disconnect();
        workers[workers.indexOf(worker)] = newWorker;
        setTimeout(restartWorker, restartDelay);
      });
    }
    restartWorker();
  }

  process.on('SIGUSR2', restartWorkers);
  if (process.env.RESTART_AFTER_MS) {
    setTimeout(restartWorkers, Number(process.env.RESTART_AFTER_MS));
  }

  cluster.on('exit', (worker, code, signal) => {
    if (worker.exitedAfterDisconnect) {
      console.log(`Worker ${worker.process.pid} retired`);
      return;
    }
    console.log(`Worker ${worker.process.pid} died unexpectedly, replacing it...`);
    workers[workers.indexOf(worker)] = cluster.fork();
  });
} else {
  http.createServer((req, res) => {
    res.writeHead(200);
    res.end(`Worker ${process.pid} responding, uptime: ${process.uptime().toFixed(2)} seconds\n`);
  }).listen(port);
  console.log(`Worker ${process.pid} started`);
}
