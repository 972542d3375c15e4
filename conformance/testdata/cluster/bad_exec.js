// settings.exec names a file that does not exist: the worker still says
// 'online' (cluster starts before the main module loads), then fails to
// load it and exits 1; the primary keeps running and forks a good worker.
'use strict';
const cluster = require('cluster');
const path = require('path');

cluster.setupPrimary({ exec: path.join(__dirname, 'fixtures', 'missing.js') });
cluster.on('online', (w) => console.log('online', w.id));
cluster.on('disconnect', (w) => console.log('disconnect', w.id, w.exitedAfterDisconnect));
cluster.on('exit', (w, code, signal) => {
  console.log('exit', w.id, code, signal, Object.keys(cluster.workers));
  if (w.id === 1) {
    cluster.setupPrimary({ exec: path.join(__dirname, 'fixtures', 'hello.js') });
    cluster.fork().on('message', (m) => console.log('message', m));
  }
});
cluster.fork().on('error', (e) => console.log('error event', e));
