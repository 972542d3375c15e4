'use strict';
// querystring.stringify, escape, unescape, unescapeBuffer.
const qs = require('querystring');

const objects = [{ a: 1, b: [1, 2], c: [], d: null, e: undefined, f: true, g: 1e21, h: NaN, i: 10n, j: 'é', k: {}, l: -0 },
  { 'a b': 'c&d=e', '': '', '~!*()\'': '~!*()\'' }, [1, 2], Object.create({ inherited: 1 }), 'str', null, 42];
for (const o of objects) console.log(JSON.stringify(qs.stringify(o)), JSON.stringify(qs.stringify(o, ';', ':')));
console.log(qs.stringify({ a: 'b c', d: [1, 'e'] }, null, null, { encodeURIComponent: (s) => `<${s}>` }));
console.log(qs.stringify({ w: '\uD83D\uDE00', x: 1.5 }), qs.stringify({ a: 'x' }, '', ''));
for (const v of ['a b', 'é€', '\uD83D\uDE00', '~!*()\'', '%zz', '+', 1, null, {}, true, [1, 2]]) {
  console.log(JSON.stringify(qs.escape(v)));
}
for (const bad of ['\uD800', 'a\uDC00b']) {
  try {
    qs.escape(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
for (const s of ['%41', '%zz%41', '%E9%', 'é%', '%F0%9F%98%80', 'a+b', '%', '%4', '%%41', '\u0100%']) {
  console.log(JSON.stringify(s), JSON.stringify(qs.unescape(s)), JSON.stringify(qs.unescape(s, true)),
    qs.unescapeBuffer(s), qs.unescapeBuffer(s, true));
}
// Replacing escape/unescape changes stringify/parse, as in Node.
const { escape, unescape } = qs;
qs.escape = (s) => `[${s}]`;
qs.unescape = (s) => s.toUpperCase();
console.log(qs.stringify({ a: 'b' }), qs.parse('x=%41&y=z'));
qs.escape = escape;
qs.unescape = unescape;
console.log(qs.stringify({ a: 'b' }), qs.parse('x=%41&y=z'));
console.log(Object.keys(qs));
