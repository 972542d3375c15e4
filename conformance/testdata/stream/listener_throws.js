'use strict';
// A listener that throws: the exception reaches process 'uncaughtException'
// from inside the stream machinery, and the stream carries on afterwards
// as in Node.
const { Readable, Writable, PassThrough } = require('stream');
const { trace, log } = require('./_trace');

let caught = 0;
process.on('uncaughtException', (err) => {
  caught++;
  log('uncaught', err.message);
});

const r = new Readable({ read() {} });
trace('r', r, ['end', 'close', 'error']);
let first = true;
r.on('data', (c) => {
  log('data', c);
  if (first) {
    first = false;
    throw new Error('data listener threw');
  }
});
r.push('a');
r.push('b');
setImmediate(() => {
  r.push('c');
  r.push(null);
});

const w = new Writable({
  write(c, e, cb) {
    log('_write', c);
    cb();
  },
});
trace('w', w, ['finish', 'close', 'error', 'drain']);
w.write('x', () => {
  throw new Error('write callback threw');
});
w.end('y');

// An 'end' listener that throws cuts the end sequence short: no autoDestroy,
// so no 'close'.
r.on('close', () => setImmediate(() => {
  const p = new PassThrough();
  p.on('end', () => {
    throw new Error('end listener threw');
  });
  p.on('close', () => log('p close after throwing end', caught));
  p.end('z');
  p.resume();
}));
