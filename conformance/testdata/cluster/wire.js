// The NODE_CLUSTER messages each side receives, with their seq and ack
// numbers, for a worker-initiated disconnect, a worker-initiated kill and a
// primary-initiated disconnect, one worker after another. Worker lines go
// to stderr (one writer at a time), primary lines to stdout.
'use strict';
const cluster = require('cluster');

const modes = ['worker disconnect', 'worker kill', 'primary disconnect'];

if (cluster.isPrimary) {
  let i = 0;
  function next() {
    if (i === modes.length) return;
    const mode = modes[i++];
    console.log(`-- ${mode}`);
    const w = cluster.fork({ MODE: mode });
    w.process.on('internalMessage', (m) => console.log('primary got', JSON.stringify(m)));
    w.on('message', (m) => {
      console.log('primary got message', JSON.stringify(m));
      if (mode === 'primary disconnect') w.disconnect();
      else w.send('go');
    });
    w.on('disconnect', () => console.log('disconnect', w.state, w.exitedAfterDisconnect));
    w.on('exit', (code, signal) => {
      console.log('exit', code, signal, w.exitedAfterDisconnect);
      next();
    });
  }
  next();
} else {
  const mode = process.env.MODE;
  const w = cluster.worker;
  process.on('internalMessage', (m) => console.error(`worker ${w.id} got`, JSON.stringify(m)));
  process.on('message', () => {
    if (mode === 'worker disconnect') {
      w.disconnect();
      w.disconnect();
    } else {
      w.kill();
      w.kill();
    }
    console.error(`worker ${w.id} state`, w.state, w.exitedAfterDisconnect);
  });
  process.on('exit', (code) => console.error(`worker ${w.id} exit`, code, w.state));
  process.send({ NODE_UNIQUE_ID: process.env.NODE_UNIQUE_ID, MODE: mode });
}
