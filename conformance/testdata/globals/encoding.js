// TextEncoder / TextDecoder: UTF-8 with fatal/ignoreBOM/streaming, UTF-16,
// the windows-1252 family and other WHATWG labels, errors and inspect.
'use strict';
const t = (l, f) => { try { const r = f(); console.log(l, typeof r === 'string' ? JSON.stringify(r) : r); } catch (e) { console.log(l, 'threw', e.name, e.code, e.message); } };
const te = new TextEncoder();
t('te', () => [te, te.encoding, te.encode('hé€😀'), te.encode(), te.encode('\ud800'), te.encode(5)]);
t('encodeInto', () => { const d = new Uint8Array(5); return [te.encodeInto('hé€', d), d]; });
t('encodeInto surrogate', () => { const d = new Uint8Array(5); return [te.encodeInto('a😀b', d), d]; });
t('encodeInto bad', () => te.encodeInto('a', []));
t('encodeInto bad src', () => te.encodeInto(1, new Uint8Array(2)));
const td = new TextDecoder();
t('td', () => [td, td.encoding, td.fatal, td.ignoreBOM]);
t('decode', () => td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9, 0xff])));
t('decode ab', () => td.decode(new Uint8Array([0x68, 0x69]).buffer));
t('decode dv', () => td.decode(new DataView(new Uint8Array([0x68, 0x69]).buffer)));
t('decode u16', () => td.decode(new Uint16Array([0x6968])));
t('decode none', () => td.decode());
t('decode bad', () => td.decode('abc'));
t('decode bad2', () => td.decode(null));
t('ignoreBOM', () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68])));
t('fatal', () => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0x68, 0xff])));
t('fatal ok', () => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0x68, 0xef, 0xbf, 0xbd])));
t('stream', () => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), d.decode(new Uint8Array([0xac, 0x41]), { stream: true }), d.decode(new Uint8Array([0xe2])), d.decode(new Uint8Array([0x41]))]; });
t('stream bom', () => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xef, 0xbb]), { stream: true }), d.decode(new Uint8Array([0xbf, 0x41])), d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))]; });
t('fatal stream end', () => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xe2, 0x82])));
for (const label of ['utf8', ' UTF-8 ', 'unicode-1-1-utf-8', 'utf-16le', 'utf-16', 'ucs-2', 'utf-16be', 'latin1', 'ascii', 'iso-8859-1', 'windows-1252', 'us-ascii', 'iso-8859-2', 'bogus', 'utf-32', 'gbk', 'shift_jis', '']) {
  t(`label ${JSON.stringify(label)}`, () => new TextDecoder(label).encoding);
}
t('utf16le', () => new TextDecoder('utf-16le').decode(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x00, 0xd8, 0x69, 0x00, 0x6a])));
t('utf16be', () => new TextDecoder('utf-16be').decode(new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0xd8, 0x3d, 0xde, 0x00])));
t('latin1', () => new TextDecoder('latin1').decode(new Uint8Array([0x41, 0x80, 0x81, 0x9f, 0xe9, 0xff])));
t('options bad', () => new TextDecoder('utf-8', 5));
t('options null', () => new TextDecoder('utf-8', null).encoding);
t('fatal opts', () => new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'x' }));
t('utf16 fatal', () => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xd8])));
t('names', () => [Object.getOwnPropertyNames(TextDecoder.prototype), Object.getOwnPropertyNames(TextEncoder.prototype)]);
t('tags', () => [Object.prototype.toString.call(td), Object.prototype.toString.call(te)]);
t('util', () => [require('util').TextDecoder === TextDecoder, require('util').TextEncoder === TextEncoder]);
t('this', () => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
t('this2', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}));
t('gbk', () => new TextDecoder('gbk').decode(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])));
t('shift_jis', () => new TextDecoder('shift_jis').decode(new Uint8Array([0x82, 0xa0, 0x41])));
t('iso-8859-2', () => new TextDecoder('iso-8859-2').decode(new Uint8Array([0xa1, 0x41])));
t('windows-1252 stream', () => {
  const d = new TextDecoder('windows-1252');
  return [d.decode(new Uint8Array([0x80, 0x41]), { stream: true }), d.decode(new Uint8Array([0x80]))];
});
t('utf16 stream', () => {
  const d = new TextDecoder('utf-16le');
  return [d.decode(new Uint8Array([0x3d]), { stream: true }), d.decode(new Uint8Array([0xd8, 0x00]), { stream: true }),
    d.decode(new Uint8Array([0xde])), d.decode(new Uint8Array([0x41]))];
});
t('utf8 all invalid kinds', () => new TextDecoder().decode(new Uint8Array([0x80, 0xc0, 0xaf, 0xe0, 0x80, 0xed, 0xa0, 0x80, 0xf0, 0x8f, 0xf4, 0x90, 0xf8, 0x41])));
t('encode roundtrip', () => new TextDecoder().decode(new TextEncoder().encode('héllo wörld €😀')));
t('encodeInto exact', () => {
  const d = new Uint8Array(4);
  return [new TextEncoder().encodeInto('€😀', d), d];
});
t('encodeInto lone', () => {
  const d = new Uint8Array(8);
  return [new TextEncoder().encodeInto('a\ud800b\udc00', d), d];
});
console.log(new TextDecoder('utf-16le', { fatal: true }), [new TextEncoder()]);
