'use strict';
// The legacy API: url.parse, url.format, url.resolve and the Url class.
const url = require('url');

const inputs = ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://X.COM', '//x/y', '/p?q=1&q=2', 'mailto:a@b.c',
  'javascript:alert(1)', 'http://a\\b\\c?d\\e#f\\g', '  http://x.com  ', 'x.com/y', 'http://a b.com/', 'http://x/ y?a b#c d',
  'file:///etc/passwd', 'file:/x', 'http://[::1]:80/x', 'http://a@b@c/', 'http://x:/', 'git+ssh://git@github.com:a/b.git',
  'http://é.com/ü', '?a=1&a=2', 'http://x.com#', 'http://x.com?', 'http:/x', 'xmpp:me@x.com', 'http://\tx.com/\ty',
  "http://x/'\"<>`{}|^", 'http://x/%zz', 'sc://h:1/p', 'HTTP://ÄÖ.com/', 'http://x.com:8080', 'ws://h', '\u00a0/x\ufeff'];
for (const input of inputs) {
  for (const [parseQuery, slashes] of [[false, false], [true, false], [false, true]]) {
    console.log(JSON.stringify(input), parseQuery, slashes, url.parse(input, parseQuery, slashes));
  }
}
for (const bad of ['http://a<b>/', 'http://xn--iñvalid.com/', 'http://[::1/']) {
  try {
    console.log(url.parse(bad));
  } catch (err) {
    console.log(err.name, err.code, err.message, err.input);
  }
}
try {
  url.parse(42);
} catch (err) {
  console.log(err.name, err.code, err.message);
}

const objects = [{ protocol: 'http', host: 'x', pathname: 'y' }, { hostname: 'a:b', port: 1 }, { protocol: 'https:', hostname: 'x',
  port: 8, auth: 'u:p@q é', query: { a: [1, 2], b: 'c d' }, hash: 'h', search: 's' }, { protocol: 'file' }, { protocol: 'mailto',
  pathname: 'a#b?c' }, { slashes: true, host: 'x' }, { pathname: '/p', search: 'a#b' }, {}];
for (const o of objects) console.log(url.format(o));
console.log(url.format('http://x.com/a b'), url.format(new URL('http://u:p@xn--nxasmq6b.com/?q#h'), { auth: false, search: false,
  fragment: false, unicode: true }));
for (const bad of [1, null, undefined]) {
  try {
    url.format(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

const bases = ['http://a/b/c/d;p?q', 'http://a', 'mailto:a@b', 'file:///x/y', 'http://u@h/p', '/x/y', 'x/y', 'foo:bar'];
const rels = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', '', '.', '..', '../g', '../../../g', '/./g', 'g.', '..g', 'http:g',
  'https:g', 'mailto:x@y', 'file:z', 'http://x', '//x/../y', 'a/./b/../c', 'c@d'];
for (const b of bases) console.log(b, rels.map((r) => url.resolve(b, r)).join(' '));
const resolved = url.resolveObject('http://a/b/c', '../d?e#f');
console.log(resolved instanceof url.Url, resolved);
const u = new url.Url();
console.log(u, Object.keys(url.Url.prototype));
console.log(url.parse('http://x/y').resolve('z'), url.parse('http://x/y').resolveObject('z').href);
