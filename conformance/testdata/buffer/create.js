// Buffer construction: from/alloc/allocUnsafe/concat/of/copyBytesFrom and
// the memory pool small buffers share.
'use strict';
const { Buffer: B, SlowBuffer, kMaxLength, kStringMaxLength, constants } = require('buffer');

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

console.log(B === Buffer, kMaxLength, kStringMaxLength, constants);
t('from string', () => Buffer.from('héllo wörld'));
t('from string enc', () => Buffer.from('68656c6c6f', 'hex'));
t('from empty', () => Buffer.from(''));
t('from empty bad enc', () => Buffer.from('', 'nope'));
t('from enc non-string', () => Buffer.from('abc', 5));
t('from array', () => Buffer.from([1, 2, 3, 256, -1, 1.7, '4', 'x']));
t('from array-like', () => Buffer.from({ length: 3, 0: 9, 2: 7 }));
t('from bad length', () => Buffer.from({ length: 'x' }));
t('from json', () => Buffer.from({ type: 'Buffer', data: [1, 2] }));
t('from json roundtrip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi')))).toString());
t('from String object', () => Buffer.from(new String('obj')));
t('from toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
t('from valueOf', () => Buffer.from({ valueOf() { return [5, 6]; } }));
t('from buffer copies', () => {
  const a = Buffer.from('abc');
  const b = Buffer.from(a);
  b[0] = 0x7a;
  return [a.toString(), b.toString()];
});
t('from Uint16Array', () => Buffer.from(new Uint16Array([1, 258, 65535])));
const ab = new ArrayBuffer(8);
t('from arraybuffer shares', () => {
  const b = Buffer.from(ab, 2, 3);
  b[0] = 42;
  return [b.length, b.byteOffset, new Uint8Array(ab)[2]];
});
t('from arraybuffer no length', () => Buffer.from(ab, 6).length);
t('from arraybuffer NaN', () => Buffer.from(ab, NaN, NaN).length);
t('from arraybuffer neg length', () => Buffer.from(ab, 1, -5).length);
t('from arraybuffer bad offset', () => Buffer.from(ab, 9));
t('from arraybuffer bad length', () => Buffer.from(ab, 2, 7));
for (const bad of [5, null, undefined, {}, Symbol('s'), () => 1, true]) {
  t(`from ${typeof bad}`, () => Buffer.from(bad));
}

t('alloc', () => Buffer.alloc(4));
t('alloc fill num', () => Buffer.alloc(4, 257));
t('alloc fill str', () => Buffer.alloc(5, 'ab'));
t('alloc fill enc', () => Buffer.alloc(6, 'YWJj', 'base64'));
t('alloc fill buf', () => Buffer.alloc(5, Buffer.from([1, 2])));
t('alloc fill empty str', () => Buffer.alloc(3, ''));
t('alloc fill bool', () => Buffer.alloc(3, true));
t('alloc fill obj', () => Buffer.alloc(3, {}));
t('alloc zero', () => Buffer.alloc(0, 'x'));
for (const bad of [-1, NaN, '1', 2 ** 33, undefined, Infinity]) {
  t(`alloc ${String(bad)}`, () => Buffer.alloc(bad));
}
t('allocUnsafe', () => Buffer.allocUnsafe(3).length);
t('allocUnsafe bad', () => Buffer.allocUnsafe(-1));
t('allocUnsafeSlow', () => Buffer.allocUnsafeSlow(5).length);
t('allocUnsafeSlow bad', () => Buffer.allocUnsafeSlow('5'));
t('SlowBuffer', () => SlowBuffer(2));
t('of', () => Buffer.of(1, 2, 300, -1));
t('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1));
t('copyBytesFrom len', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
t('copyBytesFrom past', () => Buffer.copyBytesFrom(new Uint8Array([1]), 5));
t('copyBytesFrom bad', () => Buffer.copyBytesFrom([1, 2]));

t('concat', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.alloc(0)]));
t('concat len short', () => Buffer.concat([Buffer.from('abc')], 2));
t('concat len long', () => Buffer.concat([Buffer.from('abc')], 5));
t('concat empty', () => Buffer.concat([]));
t('concat bad list', () => Buffer.concat('ab'));
t('concat bad item', () => Buffer.concat([Buffer.from('a'), 'b']));
t('concat bad len', () => Buffer.concat([Buffer.from('a')], -1));
t('concat frac len', () => Buffer.concat([Buffer.from('a')], 1.5));

// Small buffers come from a shared 8 KiB pool, 8-byte aligned.
const p1 = Buffer.from('pool');
const p2 = Buffer.allocUnsafe(5);
const p3 = Buffer.from([1, 2, 3]);
console.log('pool', p1.buffer.byteLength, p1.buffer === p2.buffer, p2.buffer === p3.buffer,
  p2.byteOffset - p1.byteOffset, p3.byteOffset - p2.byteOffset, Buffer.poolSize);
console.log('not pooled', Buffer.alloc(3).buffer.byteLength, Buffer.allocUnsafeSlow(3).buffer.byteLength,
  Buffer.allocUnsafe(4096).buffer.byteLength, Buffer.from('x'.repeat(5000)).buffer.byteLength);
console.log('parent/offset', p1.parent === p1.buffer, p1.offset === p1.byteOffset);

t('isBuffer', () => [Buffer.isBuffer(p1), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer(null)]);
t('isEncoding', () => ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary',
  'base64', 'base64url', 'hex', 'ascii', 'BASE64', 'utf16', 'latin-1', '', null, 1].map((e) => Buffer.isEncoding(e)));
t('byteLength', () => [Buffer.byteLength('héllo'), Buffer.byteLength('héllo', 'latin1'),
  Buffer.byteLength('héllo', 'ucs2'), Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('abc', 'hex'),
  Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('aGVsbA==', 'base64'), Buffer.byteLength('aGVsbG8', 'base64url'),
  Buffer.byteLength('\ud83d\ude00'), Buffer.byteLength('\ud800'), Buffer.byteLength('', 'hex'),
  Buffer.byteLength('abc', 'bogus'), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(7)),
  Buffer.byteLength(new DataView(new ArrayBuffer(5)))]);
t('byteLength bad', () => Buffer.byteLength(5));
t('statics', () => [Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.name, Buffer.length,
  Buffer.prototype.constructor === Buffer, Buffer.from('a') instanceof Buffer, Buffer.from('a') instanceof Uint8Array]);
t('species', () => Buffer.from('abc').map((x) => x + 1));
