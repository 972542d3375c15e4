// compare, equals, copy, fill, swap, toJSON, slice/subarray, iteration.
'use strict';

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const abc = Buffer.from('abc');
const b6 = Buffer.from('abcdef');
t('Buffer.compare', () => [Buffer.compare(abc, Buffer.from('abd')), Buffer.compare(abc, abc), Buffer.compare(Buffer.from('b'), abc),
  Buffer.compare(abc, Buffer.from('ab')), Buffer.compare(new Uint8Array([1]), new Uint8Array([1]))]);
t('Buffer.compare bad', () => Buffer.compare(abc, 'abc'));
t('compare', () => [b6.compare(abc), b6.compare(abc, 0, 3, 0, 3), b6.compare(abc, 5), b6.compare(abc, 0, 3, 7),
  b6.compare(abc, 4, 3), b6.compare(abc, 0, 3, 6, 6), b6.compare(abc, 1, 2, 1, 2), b6.compare(abc, 0, 2, 3, 6)]);
for (const args of [[5], [0, 5], [0, 3, 0, 7], ['1'], [1.5], [-1], [0, 3, 0, -1]]) {
  t(`compare ${JSON.stringify(args)}`, () => b6.compare(abc, ...args));
}
t('compare bad target', () => b6.compare('abc'));
t('equals', () => [abc.equals(Buffer.from('abc')), abc.equals(new Uint8Array([97, 98, 99])), abc.equals(b6),
  Buffer.alloc(0).equals(new Uint8Array(0))]);
t('equals bad', () => abc.equals('abc'));

function copy(...args) {
  const target = Buffer.alloc(4, '-');
  const n = b6.copy(target, ...args);
  return `${n} ${target}`;
}
for (const args of [[], [1], [1, 2], [1, 2, 3], [0, 5], [4], [10], [0, 0, 0], [0, 3, 1], ['1', '1'], [1.7, 1.2],
  [0, 6], [0, 0, 100], [NaN, NaN, NaN]]) {
  t(`copy ${JSON.stringify(args)}`, () => copy(...args));
}
for (const args of [[-1], [0, -1], [0, 7], [0, 0, -1]]) t(`copy bad ${JSON.stringify(args)}`, () => copy(...args));
t('copy bad target', () => b6.copy({}));
t('copy to Uint16Array', () => b6.copy(new Uint16Array(2)));
t('copy overlapping', () => {
  const o = Buffer.from('0123456789');
  o.copy(o, 2, 0, 6);
  return o.toString();
});
t('copy to Uint8Array', () => {
  const u = new Uint8Array(3);
  return [b6.copy(u, 1), u];
});

function fill(...args) {
  return Buffer.alloc(6).fill(...args);
}
for (const args of [['a'], ['ab'], ['ab', 1], ['ab', 1, 4], ['abc', 'hex'], ['ab', 'ucs2'], ['YWJj', 'base64'], ['a', 2, 'latin1'],
  [1], [257], [-1], [1.9], ['\u00e9'], ['\u00e9', 'latin1'], ['\u0222', 'latin1'], ['\u0222'], ['\u0222', 'ucs2'],
  [Buffer.from([1, 2, 3, 4])], [new Uint16Array([0x102])], [true], [null], [{}], [''], ['a', 3, 3], ['a', 4, 2], ['aé€', 0]]) {
  t(`fill ${JSON.stringify(args)}`, () => fill(...args));
}
for (const args of [['zz', 'hex'], [Buffer.alloc(0)], ['a', -1], ['a', 1.5], ['a', 0, 7], ['a', 'bogus'], ['a', 0, 6, 5],
  ['a', null], [1, 0, '6']]) {
  t(`fill bad ${JSON.stringify(args)}`, () => fill(...args));
}

t('swap16', () => Buffer.from([1, 2, 3, 4]).swap16());
t('swap32', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32());
t('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
t('swap16 big', () => Buffer.alloc(300, 'ab').swap16().toString('latin1', 0, 6));
for (const [m, n] of [['swap16', 3], ['swap32', 6], ['swap64', 12]]) t(`${m} bad`, () => Buffer.alloc(n)[m]());

t('toJSON', () => [abc.toJSON(), Buffer.alloc(0).toJSON(), JSON.stringify({ b: abc })]);

t('slice', () => [b6.slice(-2), b6.slice(1, -1), b6.slice('1', '3'), b6.slice(NaN, 2), b6.slice(0, NaN), b6.slice(5, 1),
  b6.slice(-100), b6.slice(2, Infinity), b6.slice(1.9, 3.9)].map(String));
t('subarray', () => [b6.subarray(-2), b6.subarray(1, -1), b6.subarray(4, 2), b6.subarray()].map(String));
t('slice shares', () => {
  const s = b6.slice(1, 3);
  s[0] = 0x42;
  return [b6.toString(), s instanceof Buffer, s.buffer === b6.buffer, s.byteOffset - b6.byteOffset];
});
t('typed array methods', () => [b6.map((x) => x + 1) instanceof Buffer, b6.filter((x) => x > 99).toString(),
  Buffer.from(b6.reverse()).toString(), b6.reverse().toString()]);

t('keys', () => [...abc.keys()]);
t('values', () => [...abc.values()]);
t('entries', () => [...abc.entries()]);
t('spread', () => [...abc]);
t('for-in', () => {
  const keys = [];
  for (const k in Buffer.from('a')) keys.push(k);
  return [keys.length, keys.slice(0, 4)];
});
t('Object.keys', () => Object.keys(abc));
t('prototype', () => Object.getOwnPropertyNames(Buffer.prototype).join());
