'use strict';
// silent: true pipes the child's stdout and stderr to the parent.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fixtures', 'talk.js'), { silent: true });
let out = '';
const errChunks = [];
console.log('streams', child.stdin !== null, child.stdout !== null, child.stderr !== null, child.stdio.length);
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => errChunks.push(d));
child.stdout.on('end', () => console.log('stdout end'));
child.on('message', (m) => {
  console.log('message', m);
  child.send('bye');
});
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => {
  console.log('close', code, signal);
  console.log('stdout', JSON.stringify(out));
  console.log('stderr', errChunks.every(Buffer.isBuffer), JSON.stringify(Buffer.concat(errChunks).toString()));
});
