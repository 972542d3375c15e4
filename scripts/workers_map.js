// cluster.worker and cluster.workers. In a worker, cluster.worker is the
// worker's own Worker object; in the primary, cluster.workers maps each live
// worker's id to its Worker, which makes broadcasting a loop. Here the
// primary announces something to every worker, each echoes it back, and the
// primary then lets each go with worker.disconnect(): the exit is voluntary
// (worker.exitedAfterDisconnect is true; worker.kill() would leave it
// false), so nothing needs restarting.
//
//   go run ./cmd/gocluster scripts/workers_map.js
//
// WORKERS (default 2).
'use strict';
const cluster = require('node:cluster');

const numWorkers = Number(process.env.WORKERS) || 2;

function eachWorker(callback) {
  for (const id in cluster.workers) {
    callback(cluster.workers[id]);
  }
}

if (cluster.isPrimary) {
  console.log('I am the primary');
  for (let i = 0; i < numWorkers; i++) {
    cluster.fork();
  }

  let online = 0;
  cluster.on('online', () => {
    if (++online !== numWorkers) return;
    console.log(`workers by id: ${Object.keys(cluster.workers).join(', ')}`);
    eachWorker((worker) => worker.send('big announcement to all workers'));
  });

  cluster.on('message', (worker, msg) => {
    console.log(`worker #${worker.id} echoed: ${msg}`);
    // A worker can be found again from its id alone.
    cluster.workers[worker.id].disconnect();
  });

  let exited = 0;
  cluster.on('exit', (worker, code, signal) => {
    if (worker.exitedAfterDisconnect === true) {
      console.log(`worker #${worker.id} left voluntarily, no need to worry`);
    }
    // A disconnected worker leaves cluster.workers at once, before it exits.
    if (++exited === numWorkers) {
      console.log(`all workers gone, cluster.workers has ${Object.keys(cluster.workers).length} entries`);
    }
  });
} else if (cluster.isWorker) {
  console.log(`I am worker #${cluster.worker.id}`);
  process.on('message', (msg) => {
    process.send(msg);
  });
}
