// toString and write in every encoding, including Node's handling of
// invalid UTF-8, lone surrogates, lenient base64 and bad hex.
'use strict';

function t(label, f) {
  try {
    const r = f();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const encs = ['utf8', 'utf-8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex'];
const sample = Buffer.from([0x68, 0xc3, 0xa9, 0x00, 0x7f, 0x80, 0xff, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
for (const e of encs) t(`toString ${e}`, () => sample.toString(e));
for (const e of encs) t(`toString ${e.toUpperCase()} range`, () => sample.toString(e.toUpperCase(), 1, 7));

const text = 'aé€😀\u0000\u00ff';
for (const e of encs) t(`from ${e}`, () => Buffer.from(text, e));
for (const e of encs) t(`roundtrip ${e}`, () => Buffer.from(Buffer.from(text).toString(e), e).equals(Buffer.from(text)));

const invalid = [
  [0xe2, 0x82, 0x41], [0xf0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf],
  [0xf0, 0x9f, 0x98], [0xff, 0x41], [0xc2], [0xe0, 0xa0], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc3, 0xa9, 0xa9],
];
for (const bytes of invalid) t(`utf8 ${Buffer.from(bytes).toString('hex')}`, () => Buffer.from(bytes).toString());
t('lone surrogates', () => [Buffer.from('\ud800x'), Buffer.from('x\udc00'), Buffer.from('\udc00\ud800')]);
t('ucs2 lone', () => [Buffer.from('\ud800', 'ucs2'), JSON.stringify(Buffer.from([0x00, 0xd8, 0x41]).toString('ucs2'))]);

for (const s of ['YWJj!ZGVm', 'YW Jj', 'YWJj=ZGVm', 'YQ==YQ==', 'YQ', 'YQ=', 'Y', 'YWJ', '=YWJj', 'YW=Jj',
  'YWJj ZA= =', '\u00e9YWJj', '-_-_', '+/+/', 'YW\nJj\r\n', 'YWJjZA===', '']) {
  t(`base64 ${JSON.stringify(s)}`, () => [Buffer.from(s, 'base64'), Buffer.from(s, 'base64url'), Buffer.byteLength(s, 'base64')]);
}
for (const s of ['zz12', '123', '12zz34', 'ABCDEF', 'abcdef0', '', '0g', ' 12']) {
  t(`hex ${JSON.stringify(s)}`, () => Buffer.from(s, 'hex'));
}
t('base64 out', () => [250, 251, 252, 253, 254, 255].map((n, i, a) => Buffer.from(a.slice(0, i + 1)).toString('base64')));
t('base64url out', () => [250, 251, 252, 253, 254, 255].map((n, i, a) => Buffer.from(a.slice(0, i + 1)).toString('base64url')));
t('ascii from high', () => Buffer.from('héllo€', 'ascii'));
t('latin1 from wide', () => Buffer.from('Āā€', 'latin1'));

const b = Buffer.alloc(8);
t('write default', () => [b.write('hi'), b]);
t('write offset', () => [b.write('yo', 3), b]);
t('write enc as offset', () => [b.write('6869', 'hex'), b]);
t('write offset enc', () => [b.write('6869', 4, 'hex'), b]);
t('write offset len enc', () => [b.write('abcdef', 1, 2, 'latin1'), b]);
t('write partial utf8', () => [b.fill(0).write('€€€', 0, 5), b]);
t('write partial ucs2', () => [b.fill(0).write('abc', 1, 5, 'ucs2'), b]);
t('write partial base64', () => [b.fill(0).write('YWJjZGVmZ2hpams=', 6, 'base64'), b]);
t('write hex invalid', () => [b.fill(0).write('ff zz', 'hex'), b]);
t('write hex odd', () => [b.fill(0).write('abc', 'hex'), b]);
t('write at end', () => b.write('x', 8));
t('write len 0', () => b.write('x', 0, 0));
t('write past', () => b.write('x', 9));
t('write neg', () => b.write('x', -1));
t('write frac', () => b.write('x', 1.5));
t('write len too big', () => b.write('x', 1, 10));
t('write non-string', () => b.write(5));
t('write bad enc', () => b.write('x', 0, 1, 'nope'));
t('write null enc', () => b.write('x', 0, 1, null));
t('write empty enc', () => b.write('x', ''));
t('toString bad enc', () => b.toString('nope'));
t('toString null enc', () => b.toString(null));
t('toString ranges', () => {
  const c = Buffer.from('abcdef');
  return [c.toString('utf8', -1, 100), c.toString('utf8', 1.7, 3.9), c.toString('utf8', '2'), c.toString(undefined, 4),
    c.toString('utf8', NaN, NaN), c.toString('utf8', 0, '3'), c.toString('utf8', 5, 2), c.toString('utf8', 10)];
});
t('slices', () => {
  const c = Buffer.from('abcdef');
  return [c.hexSlice(1, 3), c.latin1Slice(), c.utf8Slice(4), c.ucs2Slice(0, 4), c.base64Slice(0, 3), c.asciiSlice(2, 1)];
});
t('hexSlice oob', () => Buffer.from('abc').hexSlice(0, 10));
t('hexSlice neg', () => Buffer.from('abc').hexSlice(-1));
t('latin1Write', () => { const c = Buffer.alloc(3); return [c.latin1Write('xyz', 1), c]; });
t('latin1Write oob', () => Buffer.alloc(3).latin1Write('x', 4));
t('utf8Write non-string', () => Buffer.alloc(3).utf8Write(1));
t('toLocaleString', () => Buffer.from('abc').toLocaleString('hex'));
