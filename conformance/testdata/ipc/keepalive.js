// conformance: timeout=40s
'use strict';
// The channel keeps a child alive only while it has 'message' or
// 'disconnect' listeners (or an explicit channel.ref()); the parent's side
// keeps the parent alive until the channel closes.
const { fork } = require('child_process');
const path = require('path');

const modes = ['none', 'message', 'disconnect', 'removed', 'unref', 'ref', 'internal'];
function run(i) {
  if (i === modes.length) return;
  const mode = modes[i];
  const child = fork(path.join(__dirname, 'fixtures', 'alive.js'), [mode]);
  let exited = false;
  let checked = false;
  const next = () => {
    if (exited && checked) run(i + 1);
  };
  // Still running a second after it said it was ready? Then poke it and
  // let it go.
  child.on('message', (m) => {
    console.log(mode, 'says', m);
    if (!m.endsWith('ready')) return;
    setTimeout(() => {
      console.log(mode, exited ? 'had exited' : 'still alive');
      checked = true;
      if (!exited) {
        if (mode === 'message') child.send('poke');
        else child.disconnect();
      }
      next();
    }, 1000);
  });
  child.on('exit', (code) => {
    exited = true;
    console.log(mode, 'exit', code);
    next();
  });
}
run(0);
