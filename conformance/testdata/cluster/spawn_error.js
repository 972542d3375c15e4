// A worker that cannot be spawned (cwd does not exist): the Worker's
// 'error' event (from its ChildProcess) comes first, then 'fork', then
// 'disconnect' and no 'exit'; the worker leaves cluster.workers at
// 'disconnect' because its process counts as dead.
'use strict';
const cluster = require('cluster');
const path = require('path');

cluster.setupPrimary({ cwd: path.join(__dirname, 'no-such-dir') });
cluster.on('fork', (w) => console.log('fork', w.id));
cluster.on('online', (w) => console.log('online', w.id));
cluster.on('disconnect', (w) => {
  console.log('disconnect', w.id, w.state, Object.keys(cluster.workers));
  // No 'exit' follows, however long one waits.
  setTimeout(() => {
    console.log('later', w.state, w.isDead(), Object.keys(cluster.workers), w.process.exitCode, w.process.signalCode);
  }, 200);
});
cluster.on('exit', (w, code, signal) => console.log('exit', w.id, code, signal));
const w = cluster.fork();
console.log('forked', w.process.pid, w.isConnected(), w.isDead(), Object.keys(cluster.workers));
w.on('error', (e) => {
  console.log('error', e.name, e.code, e.errno, e.syscall);
  console.log(e.message);
  console.log(e.path === process.execPath, e.spawnargs.map((a) => path.basename(a)));
  console.log('at error', w.state, w.isDead(), w.isConnected(), Object.keys(cluster.workers));
});
