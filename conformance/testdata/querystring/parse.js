'use strict';
// querystring.parse on odd input: separators, encodings, limits, decoders.
const qs = require('querystring');

const inputs = ['a=1&b=2&a=3', 'a', 'a=', '=b', '&&', 'a=1&&b=2&', '+a+=+b+', 'a%20b=c%20d', 'a=%zz', 'a=%E9', 'a=%C3%A9',
  'a=%F0%9F%98%80', '%=%', 'a==b', 'a=b=c', '__proto__=x', 'constructor=y', 'a[]=1&a[]=2', 'é=ü', 'a=1;b=2', '%2B=%2b',
  'a%41=%4', 'a%41%42=é%', '', '?a=1'];
for (const input of inputs) console.log(JSON.stringify(input), qs.parse(input));
console.log(qs.parse('a:1;b:2', ';', ':'), qs.parse('a=>1<>b=>2', '<>', '=>'), qs.parse('a=1&&b=2', '&&'), qs.parse('a==1', 'x', '=='));
console.log(qs.parse('a&&&b=2', '&&'), qs.parse('a=1', '', ''), qs.parse('a=1&b', null, null));
const many = Array.from({ length: 1005 }, (_, i) => `k${i}=${i}`).join('&');
console.log(Object.keys(qs.parse(many)).length, Object.keys(qs.parse(many, null, null, { maxKeys: 0 })).length,
  Object.keys(qs.parse(many, null, null, { maxKeys: 3 })));
const seen = [];
console.log(qs.parse('a+b=c+d&e=%41', null, null, { decodeURIComponent: (s) => { seen.push(s); return s.toUpperCase(); } }), seen);
console.log(qs.parse('a=%zz&b=%41', null, null, { decodeURIComponent: () => { throw new Error('no'); } }));
console.log(qs.decode === qs.parse, qs.encode === qs.stringify, Object.getPrototypeOf(qs.parse('a=1')));
console.log(qs.parse(1), qs.parse(null), qs.parse({}));
