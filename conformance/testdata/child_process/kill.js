'use strict';
// kill(): default SIGTERM, the signal in 'exit' and signalCode, a child
// that traps SIGTERM, unknown signals, and kill() after exit.
const { fork } = require('child_process');
const path = require('path');
const idle = path.join(__dirname, 'fixtures', 'idle.js');

function plain(next) {
  const child = fork(idle);
  child.on('message', (m) => {
    console.log('plain:', m);
    for (const bad of ['SIGNOPE', 99, null, {}]) {
      try {
        child.kill(bad);
      } catch (e) {
        console.log('plain: throws', e.name, e.code, e.message);
      }
    }
    console.log('plain: kill(0)', child.kill(0), child.killed);
    console.log('plain: kill', child.kill(), child.killed);
  });
  child.on('exit', (code, signal) => {
    console.log('plain: exit', code, signal, child.exitCode, child.signalCode);
    console.log('plain: kill after exit', child.kill());
  });
  child.on('close', (code, signal) => {
    console.log('plain: close', code, signal);
    next();
  });
}

function trapped() {
  const child = fork(idle, ['trap']);
  child.on('message', (m) => {
    console.log('trap:', m);
    if (m === 'ready') console.log('trap: kill', child.kill('sigterm'));
  });
  child.on('exit', (code, signal) => console.log('trap: exit', code, signal, child.killed));
  child.on('close', (code, signal) => console.log('trap: close', code, signal));
}

plain(trapped);
