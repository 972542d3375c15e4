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
// The middle's 'exit' and the pipe's end race (the grandchild may see the
// channel end and exit before the middle's death is reaped): both are
// printed once both have happened.
const ends = {};
function ended(key, text) {
  ends[key] = text;
  if (ends.exit && ends.pipe) console.log(ends.exit + '\n' + ends.pipe);
}
middle.stdout.on('end', () => ended('pipe', 'pipe closed; grandchild wrote ' + JSON.stringify(out)));
middle.on('message', (m) => {
  console.log(m);
  console.log('kill middle', middle.kill('SIGKILL'));
});
middle.on('exit', (code, signal) => ended('exit', `middle exit ${code} ${signal}`));
