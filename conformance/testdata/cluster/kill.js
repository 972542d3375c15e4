// worker.kill() and destroy() in the primary only send a signal:
// exitedAfterDisconnect stays false, 'disconnect' comes before 'exit', and
// the worker leaves cluster.workers at 'exit'. Also a worker that exits by
// itself with a code, and one killed from outside.
'use strict';
const cluster = require('cluster');

const steps = [
  ['kill()', (w) => w.kill()],
  ["kill('SIGINT')", (w) => w.kill('SIGINT')],
  ["destroy('SIGKILL')", (w) => w.destroy('SIGKILL')],
  ['worker exits 3', (w) => w.send('exit 3')],
  ['process.kill SIGHUP', (w) => process.kill(w.process.pid, 'SIGHUP')],
];

if (cluster.isPrimary) {
  const ids = () => JSON.stringify(Object.keys(cluster.workers));
  cluster.on('disconnect', (w) => console.log('  cluster disconnect', w.id, w.state, w.exitedAfterDisconnect, ids()));
  cluster.on('exit', (w, code, signal) => {
    console.log('  cluster exit', w.id, code, signal, w.state, w.exitedAfterDisconnect, ids());
    next();
  });
  let i = 0;
  function next() {
    if (i === steps.length) return;
    const [name, act] = steps[i++];
    const w = cluster.fork();
    w.on('message', (m) => {
      if (m !== 'ready') return;
      console.log(name);
      console.log('  returns', act(w));
      console.log('  after', w.state, w.exitedAfterDisconnect, ids(), w.isConnected(), w.isDead());
    });
  }
  next();
} else {
  process.on('message', (m) => {
    if (m === 'exit 3') process.exit(3);
  });
  process.send('ready');
}
