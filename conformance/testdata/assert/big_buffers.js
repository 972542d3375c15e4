// conformance: timeout=60s
// Deep equality of large Buffers and typed arrays (1 MiB): equal ones pass,
// a single differing byte fails with node's short message, and own
// non-index properties (strings and symbols) still take part.
const assert = require('assert');
const a = Buffer.alloc(1 << 20, 1);
const b = Buffer.alloc(1 << 20, 1);
assert.deepStrictEqual(a, b);
console.log('equal buffers pass');
b[5] = 2;
try {
  assert.deepStrictEqual(a, b);
} catch (e) {
  console.log(e.code, e.message.split('\n').length, 'lines');
}
const x = new Uint16Array(1 << 19);
const y = new Uint16Array(1 << 19);
x.tag = 'x';
console.log(require('util').isDeepStrictEqual(x, y));
y.tag = 'x';
x[Symbol.for('s')] = 1;
let loose = true;
try { assert.deepEqual(x, y); } catch { loose = false; }
console.log(require('util').isDeepStrictEqual(x, y), loose);
y[Symbol.for('s')] = 1;
console.log(require('util').isDeepStrictEqual(x, y));
console.log(require('util').inspect(Object.assign(Buffer.from([1, 2]), { foo: 'bar', [Symbol('s')]: 2 })));
