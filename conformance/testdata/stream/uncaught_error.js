'use strict';
// A stream error nobody listens for is fatal, reported with where the
// 'error' event was emitted.
const { Writable } = require('stream');

const w = new Writable({
  write(chunk, enc, cb) {
    cb(new Error('disk full'));
  },
});
w.on('close', () => console.log('never printed: the process dies first'));
console.log('writing');
w.write('data');
console.log('written');
process.on('exit', (code) => console.log('exit', code));
