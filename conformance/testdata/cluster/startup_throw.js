// A worker that throws while its main module runs prints Node's fatal
// report on the shared stderr and exits 1 after saying 'online'; the
// primary carries on and forks another.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  cluster.on('online', (w) => console.log('online', w.id));
  cluster.on('disconnect', (w) => console.log('disconnect', w.id, w.exitedAfterDisconnect));
  cluster.on('exit', (w, code, signal) => {
    console.log('exit', w.id, code, signal, w.state, Object.keys(cluster.workers));
    if (w.id === 1) cluster.fork({ FINE: '1' });
    else console.log('primary still running');
  });
  cluster.fork();
} else if (!process.env.FINE) {
  throw new TypeError(`worker ${cluster.worker.id} failed to start`);
} else {
  cluster.worker.kill();
}
