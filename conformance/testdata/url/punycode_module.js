'use strict';
// require('punycode') (node 20 still has it; whatwg-url, under node-fetch 2,
// requires it): encode/decode (RFC 3492), toASCII/toUnicode of domains
// and email addresses, ucs2, and punycode.js' RangeErrors.
const p = require('punycode');
console.log(Object.keys(p), p.version, Object.keys(p.ucs2));
console.log(p.encode('mañana'), p.decode('maana-pta'), p.toASCII('mañana.com'), p.toASCII('джумла@джpумлатест.bрфa'), p.toUnicode('xn--maana-pta.com'), p.toUnicode('джумла@xn--p-8sbkgc5ag7bhce.xn--ba-lmcq'), p.ucs2.decode('a😀\ud800x'), p.ucs2.encode([97, 0x1F600]), p.encode('😀abc'), p.toASCII('a\u3002b'), p.toASCII('ABC.de'), p.encode(''), p.decode(''), p.encode('abc'));
for (const s of ['abc-!', 'abc-\x00', 'a-.', 'zz', '-', '--', 'a--b', '99999999', 'ba-xyz', 'ü', 'ü-abc', 'abc-?', 'XN--MAANA-PTA', 'ihqwcrb4cv8a8dqg056pqjye', '-> $1.00 <--', 'b1abfaaepdrnnbgefbaDotcwatmq2g4l']) {
  try { console.log(JSON.stringify(s), JSON.stringify(p.decode(s))); } catch (e) { console.log(JSON.stringify(s), e.name, e.message); }
}
for (const s of ['他们为什么不说中文', 'Pročprostěnemluvíčesky', 'ليهمابتكلموشعربي؟', '3年B組金八先生', 'MajiでKoiする5秒前', '\u{10FFFF}x', 'ab\u00e9-cd']) {
  const e = p.encode(s); console.log(e, p.decode(e) === s);
}
console.log(p.toASCII('例え.テスト'), p.toUnicode('xn--r8jz45g.xn--zckzah'), p.toASCII(''), p.toUnicode('a@b@c'));
