'use strict';
// url helpers: file URLs, http options, domains.
const url = require('url');

const paths = ['/a b/%/?#x\\y\t/', '/plain', '/trailing/', '/é/ü', '/a\nb\rc'];
for (const p of paths) console.log(JSON.stringify(p), url.pathToFileURL(p).href);
console.log(url.pathToFileURL('rel/x').href === `file://${process.cwd()}/rel/x`);
console.log(url.pathToFileURL('C:\\x y\\', { windows: true }).href, url.pathToFileURL('\\\\srv\\share\\f', { windows: true }).href);
for (const f of ['file:///a%20b/c', 'file:///%E2%82%AC', 'file://localhost/x', new URL('file:///q?x#y'),
  { href: 'file:///duck', protocol: 'file:', pathname: '/duck', hostname: '' }]) {
  console.log(url.fileURLToPath(f));
}
console.log(url.fileURLToPath('file:///C:/x%20y', { windows: true }), url.fileURLToPath('file://h/s/f', { windows: true }));
for (const bad of [1, 'http://x/', 'file://host/x', 'file:///a%2fb', 'file:///a%2Fb', 'nope']) {
  try {
    url.fileURLToPath(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
for (const bad of [['file:///a%5cb', { windows: true }], ['file:///x', { windows: true }]]) {
  try {
    url.fileURLToPath(...bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  url.pathToFileURL(1);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(url.urlToHttpOptions(new URL('https://u%20:p@[::1]:99/p?q#h')));
console.log(url.urlToHttpOptions(new URL('http://plain/')));
for (const d of ['example.com', 'EXAMPLE.com', 'xn--nxasmq6b.com', 'faß.de', 'ñ.com', 'xn--iñvalid.com', '', 'a b', '%41',
  '0x7f.1', '[::1]', 'ＧＯ.com', 'xn--', 'münchen.de']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
try {
  url.domainToASCII();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(Object.keys(url));
