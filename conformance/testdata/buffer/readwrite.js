// Number reads and writes: every width, both endians, and Node's errors
// for bad offsets, byte lengths and values.
'use strict';

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const src = Buffer.from([0x01, 0x82, 0xf3, 0x04, 0xff, 0x80, 0x00, 0x7f, 0xde, 0xad, 0xbe, 0xef]);
const reads = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE',
  'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE',
  'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE',
  'readUint8', 'readUint16LE', 'readUint32BE', 'readBigUint64LE'];
for (const m of reads) t(m, () => [0, 1, 3, 4].map((o) => src[m](o)));
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  t(m, () => [1, 2, 3, 4, 5, 6].map((n) => src[m](1, n)));
  t(`${m} default len`, () => src[m](2));
}
t('default offset', () => [src.readUInt16BE(), src.readInt32LE(), src.readDoubleBE()]);

const bad = [
  ['readUInt8', 12], ['readUInt8', -1], ['readUInt8', 1.5], ['readUInt8', '1'], ['readUInt8', NaN], ['readUInt8', null],
  ['readUInt16LE', 11], ['readInt32BE', 9], ['readDoubleLE', 5], ['readBigInt64LE', 5], ['readFloatBE', Infinity],
];
for (const [m, o] of bad) t(`${m}(${String(o)})`, () => src[m](o));
t('empty readUInt8', () => Buffer.alloc(0).readUInt8());
t('short readUInt32LE', () => Buffer.alloc(2).readUInt32LE(0));
t('readUIntLE no offset', () => src.readUIntLE());
t('readUIntLE len 0', () => src.readUIntLE(0, 0));
t('readUIntLE len 7', () => src.readUIntLE(0, 7));
t('readIntBE len str', () => src.readIntBE(0, '2'));
t('readIntBE len frac', () => src.readIntBE(0, 1.5));

function w(label, size, f) {
  const b = Buffer.alloc(size);
  try {
    const r = f(b);
    console.log(label, r, b);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message, b);
  }
}
w('writeUInt8', 2, (b) => [b.writeUInt8(255), b.writeUInt8(1.9, 1)]);
w('writeInt8', 2, (b) => [b.writeInt8(-128), b.writeInt8(-1.5, 1)]);
w('writeUInt16', 4, (b) => [b.writeUInt16LE(0x1234), b.writeUInt16BE(0xabcd, 2)]);
w('writeInt16', 4, (b) => [b.writeInt16LE(-2), b.writeInt16BE(-32768, 2)]);
w('writeUInt32', 8, (b) => [b.writeUInt32LE(0xdeadbeef), b.writeUInt32BE(4294967295, 4)]);
w('writeInt32', 8, (b) => [b.writeInt32LE(-123456789), b.writeInt32BE(-1, 4)]);
w('writeFloat', 8, (b) => [b.writeFloatLE(1.5), b.writeFloatBE(-0.1, 4)]);
w('writeDouble', 16, (b) => [b.writeDoubleLE(Math.PI), b.writeDoubleBE(-Infinity, 8)]);
w('writeFloat nan', 4, (b) => b.writeFloatLE('x'));
w('writeBig', 16, (b) => [b.writeBigUInt64LE(2n ** 64n - 1n), b.writeBigInt64BE(-2n, 8)]);
w('writeBigUint alias', 8, (b) => b.writeBigUint64BE(0x0102030405060708n));
w('writeUIntLE', 12, (b) => [1, 2, 3, 4, 5, 6].map((n) => b.writeUIntLE(2 ** (8 * n) - 2, 0, n)));
w('writeUIntBE 6', 6, (b) => b.writeUIntBE(0x123456789abc, 0, 6));
w('writeIntLE 6', 6, (b) => b.writeIntLE(-0x123456789abc, 0, 6));
w('writeIntBE 5', 6, (b) => b.writeIntBE(-2, 1, 5));
w('writeIntBE 3', 3, (b) => b.writeIntBE(-0x800000, 0, 3));
w('writeUInt16 nan', 2, (b) => b.writeUInt16BE(NaN));
w('writeUInt8 str', 2, (b) => b.writeUInt8('200'));

const badWrites = [
  ['writeUInt8', 256, 0], ['writeUInt8', -1, 0], ['writeInt8', 128, 0], ['writeUInt8', 1, 8], ['writeUInt8', 300, 'x'],
  ['writeUInt16LE', 65536, 0], ['writeUInt16LE', 1, 7], ['writeInt16BE', -32769, 0], ['writeUInt16LE', 70000, 'x'],
  ['writeUInt32LE', -1, 0], ['writeInt32LE', 2 ** 40, 0], ['writeUInt32BE', 1, 5], ['writeUInt32BE', 1, 1.5],
  ['writeFloatLE', 1, 5], ['writeDoubleBE', 1, 1], ['writeDoubleBE', 1, '0'],
  ['writeBigUInt64LE', -1n, 0], ['writeBigInt64LE', 2n ** 63n, 0], ['writeBigUInt64BE', 2n ** 64n, 0], ['writeBigInt64LE', 1n, 1],
  ['writeBigInt64LE', 1, 0],
];
for (const [m, v, o] of badWrites) w(`${m}(${String(v)}, ${String(o)})`, 8, (b) => b[m](v, o));
const badVar = [
  ['writeUIntLE', 2 ** 48, 0, 6], ['writeIntLE', 2 ** 47, 0, 6], ['writeIntBE', -(2 ** 39) - 1, 0, 5], ['writeUIntBE', 2 ** 40, 0, 5],
  ['writeUIntBE', 2 ** 24, 0, 3], ['writeUIntBE', -1, 0, 4], ['writeUIntBE', 1, 0], ['writeUIntBE', 1, 0, 0], ['writeUIntBE', 1, 0, 7],
  ['writeUIntLE', 1, undefined, 2], ['writeIntLE', 1, 7, 2], ['writeIntLE', 1, 0, '1'],
];
for (const [m, v, o, n] of badVar) w(`${m}(${String(v)}, ${String(o)}, ${String(n)})`, 8, (b) => b[m](v, o, n));

const names = ['readUInt8', 'readUint8', 'writeBigUint64LE', 'readIntLE', 'writeDoubleBE', 'readFloatLE', 'hexSlice', 'utf8Write', 'swap16'];
t('names', () => names.map((n) => Buffer.prototype[n].name));
t('aliases', () => [Buffer.prototype.readUint8 === Buffer.prototype.readUInt8,
  Buffer.prototype.writeUintBE === Buffer.prototype.writeUIntBE]);
