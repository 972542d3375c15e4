// NODE_DEBUG=cluster prints nothing: Node v20's cluster has no debug log.
// The worker runs with it set and goes through its whole lifecycle.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  const w = cluster.fork({ NODE_DEBUG: 'cluster' });
  w.on('message', (m) => {
    console.log('worker saw NODE_DEBUG', m);
    w.send('bye');
  });
  w.on('exit', (code, signal) => console.log('exit', code, signal, w.exitedAfterDisconnect));
} else {
  process.on('message', () => cluster.worker.disconnect());
  process.send(process.env.NODE_DEBUG);
}
