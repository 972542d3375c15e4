'use strict';
// A child whose parent is SIGKILLed sees its channel end at once: the
// grandchild reports 'disconnect' through the stdout pipe it shares with
// its dead parent, and that pipe then closes.
const { fork } = require('child_process');
const path = require('path');

const middle = fork(path.join(__dirname, 'fixtures', 'middle.js'), { silent: true });
let out = '';
middle.stdout.setEncoding('utf8');
middle.stdout.on('data', (d) => { out += d; });
middle.stdout.on('end', () => console.log('pipe closed; grandchild wrote', JSON.stringify(out)));
middle.on('message', (m) => {
  console.log(m);
  console.log('kill middle', middle.kill('SIGKILL'));
});
middle.on('exit', (code, signal) => console.log('middle exit', code, signal));
