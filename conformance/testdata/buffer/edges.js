'use strict';
// Buffer edge cases: brand checks, detached and untransferable
// ArrayBuffers, NaN bytes, V8's string limit, DEP0005 with a
// prepareStackTrace that itself calls Buffer().
const { isAscii, isUtf8, constants } = require('buffer');
const { markAsUntransferable } = require('worker_threads');

const show = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(`${e.name} ${e.code} ${e.message}`);
  }
};

// An object that only inherits ArrayBuffer.prototype is not an ArrayBuffer.
function AB() {}
Object.setPrototypeOf(AB, ArrayBuffer);
Object.setPrototypeOf(AB.prototype, ArrayBuffer.prototype);
show(() => Buffer.from(new AB()));
show(() => Buffer.byteLength(new AB()));
show(() => Buffer.from(new ArrayBuffer(3), 1).length);

// Detached ArrayBuffers and views over them.
const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
const kept = Buffer.from('kept');
structuredClone(ab, { transfer: [ab] });
show(() => isAscii(ab));
show(() => isUtf8(ab));
show(() => isAscii(view));
show(() => isUtf8(new ArrayBuffer(0)));
show(() => Buffer.from(view).length);
show(() => Buffer.compare(Buffer.from(view), Buffer.alloc(0)));
show(() => kept.toString());

// Buffer's pool and marked ArrayBuffers are copied, not detached.
const a = Buffer.from('hello world');
const b = Buffer.from('hello world');
const copy = structuredClone(a, { transfer: [a.buffer] });
show(() => [a.buffer === b.buffer, a.toString(), copy.toString(), a.buffer.byteLength > 0]);
const marked = new ArrayBuffer(4);
markAsUntransferable(marked);
markAsUntransferable(1);
const clone = structuredClone(marked, { transfer: [marked] });
show(() => [marked.byteLength, clone.byteLength, clone !== marked]);

// NaN is written as the quiet NaN.
const d = Buffer.alloc(16);
d.writeDoubleBE(NaN, 0);
d.writeDoubleLE(NaN, 8);
show(() => d.toString('hex'));
show(() => [d.readDoubleBE(0), d.readDoubleLE(8)]);

// V8's string limit, per encoding.
show(() => constants.MAX_STRING_LENGTH.toString(16));
// (Only hex: the other encodings need a buffer too big for a test.)
const big = Buffer.alloc(2 ** 28 + 1);
show(() => big.toString('hex').length);
show(() => big.subarray(1).toString('hex').length);

// Reading the stack for DEP0005 leaves the user's prepareStackTrace out.
process.on('warning', (w) => console.log('warning', w.code));
Error.prepareStackTrace = (err, trace) => new Buffer(10);
show(() => new Error().stack.length);
show(() => new Error().stack.length);
