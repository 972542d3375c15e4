'use strict';
// util.inspect of streams and their states, as a console.log shows them.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
const util = require('util');

console.log(new Readable());
console.log(new Writable());
const p = new PassThrough();
console.log(p);
const r = new Readable({ read() {}, encoding: 'hex', objectMode: false, highWaterMark: 8 });
r.push('abc');
console.log(r._readableState);
r.on('data', () => {});
r.pause();
console.log(util.inspect(r, { depth: 0 }));
const w = new Writable({ write(c, e, cb) { setImmediate(cb); }, defaultEncoding: 'latin1' });
w.write('x', () => {});
w.write('y');
w.cork();
console.log(w._writableState);
console.log(new Duplex({ allowHalfOpen: false }));
console.log(util.inspect(new Transform(), { depth: 0 }));
w.uncork();
w.end();
w.on('close', () => console.log(util.inspect(w, { depth: 1 })));
