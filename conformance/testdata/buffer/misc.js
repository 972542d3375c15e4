// inspect output, INSPECT_MAX_BYTES, transcode, isUtf8/isAscii, atob/btoa.
'use strict';
const util = require('util');
const buffer = require('buffer');

function t(label, f) {
  try {
    const r = f();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

console.log(Buffer.from('hello'), [Buffer.alloc(2)], { b: Buffer.from([1, 255]) });
console.log(Buffer.alloc(0), Buffer.alloc(50), Buffer.alloc(51), Buffer.alloc(60, 1));
const extra = Buffer.from([1, 2, 3]);
extra.foo = 'bar';
extra[Symbol('s')] = 2;
Object.defineProperty(extra, 'hiddenProp', { value: 1, enumerable: false });
console.log(extra);
console.log(util.inspect(extra, { showHidden: true }));
const emptyExtra = Buffer.alloc(0);
emptyExtra.x = { deep: { er: 1 } };
console.log(emptyExtra);
t('inspect()', () => Buffer.from('hi').inspect());
t('custom symbol', () => Buffer.prototype[util.inspect.custom] === Buffer.prototype.inspect);
t('customInspect false', () => util.inspect(Buffer.from('ab'), { customInspect: false }));
t('Uint8Array', () => util.inspect(new Uint8Array([1, 2])));
t('format %o', () => util.format('%o %s %j', Buffer.from('a'), Buffer.from('b'), Buffer.from('c')));
t('INSPECT_MAX_BYTES', () => buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('hello'), Buffer.from('hi'), Buffer.from('h'));
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('hello'));
t('INSPECT_MAX_BYTES bad', () => { buffer.INSPECT_MAX_BYTES = -1; });
t('INSPECT_MAX_BYTES type', () => { buffer.INSPECT_MAX_BYTES = '3'; });
buffer.INSPECT_MAX_BYTES = 50;
t('keys', () => Object.keys(buffer));

const encs = ['ascii', 'latin1', 'utf16le', 'utf8'];
for (const from of encs) {
  for (const to of encs) t(`transcode ${from}->${to}`, () => buffer.transcode(Buffer.from('a\u00e9\u20ac', from), from, to));
}
t('transcode emoji', () => [buffer.transcode(Buffer.from('\u{1F600}x'), 'utf8', 'latin1'), buffer.transcode(Buffer.from('\u{1F600}'), 'utf8', 'ucs2')]);
t('transcode invalid utf8', () => [buffer.transcode(Buffer.from([0xff, 0x61]), 'utf8', 'latin1'), buffer.transcode(Buffer.from([0xff, 0x61]), 'utf8', 'utf8')]);
t('transcode binary alias', () => buffer.transcode(Buffer.from('ab'), 'binary', 'UCS-2'));
t('transcode empty', () => buffer.transcode(Buffer.alloc(0), 'x', 'y'));
t('transcode bad source', () => buffer.transcode('abc', 'utf8', 'utf8'));
for (const [src, from, to] of [[Buffer.from('a'), 'utf8', 'hex'], [Buffer.from('a'), 'bogus', 'utf8'], [Buffer.from([0xff]), 'utf8', 'ucs2']]) {
  t(`transcode err ${from}->${to}`, () => {
    try {
      buffer.transcode(src, from, to);
    } catch (e) {
      return [e.name, e.code, e.errno, e.message, Object.keys(e)];
    }
  });
}

t('isUtf8', () => [buffer.isUtf8(Buffer.from('héllo')), buffer.isUtf8(Buffer.from([0xc0, 0x80])), buffer.isUtf8(Buffer.from([0xed, 0xa0, 0x80])),
  buffer.isUtf8(new ArrayBuffer(2)), buffer.isUtf8(new Uint16Array([0xffff])), buffer.isUtf8(Buffer.alloc(0)), buffer.isUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))]);
t('isAscii', () => [buffer.isAscii(Buffer.from('hello')), buffer.isAscii(Buffer.from('héllo')), buffer.isAscii(new ArrayBuffer(3)), buffer.isAscii(Buffer.alloc(0))]);
for (const bad of ['a', 1, null, new DataView(new ArrayBuffer(1))]) {
  t('isUtf8 bad', () => buffer.isUtf8(bad));
  t('isAscii bad', () => buffer.isAscii(bad));
}

t('same atob', () => [atob === buffer.atob, btoa === buffer.btoa]);
for (const s of ['aGk=', 'aGk', 'aGVsbG8gd29ybGQ=', ' a G k = ', '\taGk\n', 'YQ==', 'YQ', 'YR==', '', 'null', '/+8=', 'AAAA']) {
  t(`atob ${JSON.stringify(s)}`, () => atob(s));
}
for (const s of ['a', 'a=Gk', 'aG==k', 'aGk==', '-_', 'aGk===', 'a\u00e9Gk', 'YQ=a', '=', 'abcde', 'ab=c']) {
  t(`atob bad ${JSON.stringify(s)}`, () => {
    try {
      return atob(s);
    } catch (e) {
      return [e.name, e.code, e.message, e instanceof DOMException];
    }
  });
}
t('atob null', () => atob(null));
t('atob undefined', () => { try { atob(undefined); } catch (e) { return e.message; } });
t('atob none', () => atob());
for (const s of ['hi', '', '\u00ff\u00fe', 'hello world', null, 123]) t(`btoa ${JSON.stringify(s)}`, () => btoa(s));
t('btoa wide', () => { try { btoa('\u0100'); } catch (e) { return [e.name, e.code, e.message]; } });
t('btoa none', () => btoa());
