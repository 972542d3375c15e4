// One worker from fork to exit, disconnected by the primary: the order of
// the worker's and the cluster's events, the worker's state and
// exitedAfterDisconnect at each, and when it leaves cluster.workers. The
// primary prints to stdout, the worker to stderr, so each stream has one
// writer and a fixed order.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  const ids = () => JSON.stringify(Object.keys(cluster.workers));
  const desc = (w) => `id=${w.id} state=${w.state} after=${w.exitedAfterDisconnect} ` +
    `workers=${ids()} connected=${w.isConnected()} dead=${w.isDead()}`;
  cluster.on('setup', () => console.log('cluster setup'));
  cluster.on('fork', (w) => console.log('cluster fork', desc(w)));
  cluster.on('online', (w) => console.log('cluster online', desc(w)));
  cluster.on('message', (w, m, h) => console.log('cluster message', w.id, JSON.stringify(m), h));
  cluster.on('disconnect', (w) => console.log('cluster disconnect', desc(w)));
  cluster.on('exit', (w, code, signal) => console.log('cluster exit', code, signal, desc(w)));

  const w = cluster.fork();
  console.log('forked', desc(w), typeof w.process.pid, w.process === cluster.workers[1].process);
  w.on('online', () => console.log('worker online', desc(w)));
  w.on('message', (m) => {
    console.log('worker message', JSON.stringify(m));
    if (m === 'ready') {
      console.log('send returns', w.send({ hello: 'worker' }));
    } else if (m.echo) {
      console.log('disconnect returns self', w.disconnect() === w);
      console.log('after disconnect()', desc(w));
    }
  });
  w.on('disconnect', () => console.log('worker disconnect', desc(w)));
  w.on('exit', (code, signal) => console.log('worker exit', code, signal, desc(w)));
  process.on('exit', (code) => console.log('primary exit', code));
} else {
  const w = cluster.worker;
  console.error('worker start', w.id, w.state, w.exitedAfterDisconnect, w.process === process);
  process.send('ready');
  process.on('message', (m) => process.send({ echo: m }));
  w.on('disconnect', () => console.error('worker disconnect', w.state, w.exitedAfterDisconnect));
  process.on('disconnect', () => console.error('process disconnect', process.connected));
  process.on('exit', (code) => console.error('worker exit', code, w.state, w.isConnected()));
}
