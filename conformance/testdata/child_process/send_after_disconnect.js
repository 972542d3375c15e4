'use strict';
// After disconnect(): send() returns false and reports ERR_IPC_CHANNEL_CLOSED
// (to the callback, else as 'error'); a second disconnect() emits
// ERR_IPC_DISCONNECTED. The child sees 'disconnect' and exits.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fixtures', 'idle.js'));
child.on('message', (m) => {
  console.log('message', m);
  child.disconnect();
  console.log('connected', child.connected, 'channel', child.channel);
  console.log('send returns', child.send('late'));
  child.send('late with callback', (err) => {
    console.log('callback', err.name, err.code, err.message);
  });
  child.disconnect();
});
child.on('error', (err) => console.log('error event', err.name, err.code, err.message));
child.on('disconnect', () => console.log('disconnect'));
child.on('exit', (code, signal) => console.log('exit', code, signal));
