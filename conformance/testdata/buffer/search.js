// indexOf / lastIndexOf / includes with strings, numbers, buffers, offsets
// and encodings.
'use strict';

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const b = Buffer.from('abcabc');
const offsets = [undefined, 0, 1, 2, 3, 5, 6, 7, 100, -1, -2, -5, -6, -7, -100, 2.7, -1.5, NaN, null, {}, [], true, Infinity, -Infinity, 2 ** 40];
for (const needle of ['c', 'bc', '', 'abcabcx', 'x', 99, 0x163, -157, Buffer.from('ca'), Buffer.alloc(0), new Uint8Array([98])]) {
  const name = typeof needle === 'string' ? JSON.stringify(needle) : Buffer.isBuffer(needle) ? `<${needle.toString('hex')}>` :
    needle instanceof Uint8Array ? 'u8' : String(needle);
  t(`indexOf ${name}`, () => offsets.map((o) => b.indexOf(needle, o)).join(' '));
  t(`lastIndexOf ${name}`, () => offsets.map((o) => b.lastIndexOf(needle, o)).join(' '));
}
t('includes', () => [b.includes('ca'), b.includes('cb'), b.includes(97, 1), b.includes(97, 4), b.includes(Buffer.from('abc'), 1)]);
t('encoding as offset', () => [b.indexOf('b', 'latin1'), b.indexOf('62', 'hex'), b.indexOf('Yw==', 'base64'), b.lastIndexOf('YQ', 'base64url')]);
t('string offset is encoding', () => b.indexOf('b', '1'));
t('bad encoding', () => b.indexOf('b', 0, 'nope'));
t('bad encoding buffer', () => b.indexOf(Buffer.from('b'), 0, 'nope'));
t('bad value', () => b.indexOf({}));
t('bad value bool', () => b.lastIndexOf(true));

const u = Buffer.from('abcabc', 'ucs2');
t('ucs2', () => [u.indexOf('c', 'ucs2'), u.lastIndexOf('b', 'ucs2'), u.indexOf('\u6300', 'ucs2'),
  u.indexOf(Buffer.from([0x63, 0]), 0, 'ucs2'), u.indexOf(Buffer.from([0, 0x62]), 0, 'ucs2'), u.indexOf(Buffer.from([0, 0x62])),
  u.indexOf('bc', 3, 'utf16le'), u.lastIndexOf('a', -3, 'ucs2'), u.indexOf('', 3, 'ucs2'), u.indexOf(Buffer.from([0x63]), 0, 'ucs2')]);
t('latin1 needle', () => [Buffer.from('xé', 'latin1').indexOf('é', 'latin1'), Buffer.from('xé').indexOf('é'), Buffer.from('xé', 'latin1').indexOf('é')]);
t('utf8 multi', () => {
  const m = Buffer.from('€a€b€');
  return [m.indexOf('€'), m.indexOf('€', 1), m.lastIndexOf('€'), m.lastIndexOf('€', 7), m.indexOf('b€'), m.indexOf(0xe2, 4)];
});
t('empty haystack', () => [Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).lastIndexOf(''),
  Buffer.alloc(0).indexOf(0), Buffer.alloc(0).indexOf(Buffer.alloc(0), 5)]);
t('long', () => {
  const big = Buffer.alloc(10000, 'abcdefghij');
  return [big.indexOf('jab'), big.lastIndexOf('jab'), big.indexOf('jab', 5000), big.lastIndexOf('hij', 5000), big.indexOf('xyz')];
});
