// In a worker, cluster is the worker side: no fork(), setupPrimary(),
// disconnect(), settings or workers; cluster.worker is this process.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  cluster.fork().on('message', (m) => {
    console.log(JSON.stringify(m, null, 1));
  }).on('exit', (code) => console.log('exit', code));
} else {
  let error;
  try {
    cluster.fork();
  } catch (e) {
    // The message is the engine's (V8: "cluster.fork is not a function");
    // fork_uncaught.js shows it.
    error = `${e.name} ${e instanceof TypeError}`;
  }
  process.send({
    error,
    keys: Object.keys(cluster),
    flags: [cluster.isPrimary, cluster.isMaster, cluster.isWorker],
    types: [typeof cluster.fork, typeof cluster.setupPrimary, typeof cluster.disconnect,
      typeof cluster.settings, typeof cluster.workers, typeof cluster.schedulingPolicy,
      typeof cluster.SCHED_RR, typeof cluster._setupWorker, typeof cluster._getServer],
    worker: [cluster.worker.id, cluster.worker.state, cluster.worker instanceof cluster.Worker,
      cluster.worker.process === process, cluster.worker.isConnected(), cluster.worker.isDead()],
    env: [process.env.NODE_UNIQUE_ID, process.env.NODE_CHANNEL_FD,
      process.env.NODE_CHANNEL_SERIALIZATION_MODE],
    same: require('cluster') === require('node:cluster'),
  });
  cluster.worker.disconnect();
}
