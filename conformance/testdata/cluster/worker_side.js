// The Worker of the worker process: send() is process.send, 'message'
// comes from process, the state it starts in. Then a hand-made
// NODE_CLUSTER 'listening' message (what a worker's server sends once it
// listens; servers are beyond this test) sets the primary's state and
// fires both 'listening' events with { addressType, address, port, fd };
// a 'close' for an unknown key and an unknown act are ignored. The worker
// prints to stderr, the primary to stdout.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  cluster.on('listening', (w, info) => console.log('cluster listening', w.id, w.state, JSON.stringify(info)));
  const w = cluster.fork();
  w.on('listening', (info) => console.log('worker listening', JSON.stringify(info)));
  w.on('message', (m) => {
    console.log('message', JSON.stringify(m), w.state);
    if (m.step === 1) w.send('next');
    if (m.step === 2) {
      setTimeout(() => {
        console.log('state', w.state);
        w.disconnect();
      }, 50);
    }
  });
  w.on('exit', (code) => console.log('exit', code, w.state));
} else {
  const w = cluster.worker;
  w.on('message', (m, handle) => {
    console.error('worker got', m, handle, w.isConnected(), w.isDead());
    process.send({ cmd: 'NODE_CLUSTER', act: 'close', key: 'nope' });
    process.send({ cmd: 'NODE_CLUSTER', act: 'noSuchAct' });
    process.send({ cmd: 'NODE_CLUSTER', act: 'listening', addressType: 4, address: null, port: 1234, data: null });
    console.error('send', w.send({ step: 2 }));
  });
  console.error(typeof w.id, w.id, w.state, w.process === process, w.exitedAfterDisconnect);
  console.error('send', w.send({ step: 1 }, (err) => console.error('send cb', err)));
}
