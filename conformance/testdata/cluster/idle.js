// The IPC channel keeps an idle worker alive (cluster's own 'disconnect'
// listener refs it); an unref'd channel lets it end with code 0; a channel
// the worker closes itself (not through cluster) ends it with process.exit(0)
// and exitedAfterDisconnect false.
'use strict';
const cluster = require('cluster');

const modes = ['idle', 'unref', 'process.disconnect'];

if (cluster.isPrimary) {
  let i = 0;
  function next() {
    if (i === modes.length) return;
    const mode = modes[i++];
    console.log(`-- ${mode}`);
    const w = cluster.fork({ MODE: mode });
    // Once the worker has run its main script.
    w.on('message', () => {
      if (mode !== 'idle') return;
      setTimeout(() => {
        console.log('alive after 300ms', !w.isDead(), w.isConnected());
        w.kill();
      }, 300);
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
  console.error(`worker ${w.id}`, process.listenerCount('disconnect'), process.listenerCount('message'));
  if (mode === 'idle') process.send('started');
  if (mode === 'unref') process.channel.unref();
  if (mode === 'process.disconnect') setTimeout(() => process.disconnect(), 20);
  w.on('disconnect', () => console.error(`worker ${w.id} disconnect`, w.state, w.exitedAfterDisconnect));
  process.on('exit', (code) => console.error(`worker ${w.id} exit`, code));
}
