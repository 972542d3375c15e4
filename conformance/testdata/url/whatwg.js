'use strict';
// The WHATWG URL class: parsing, getters, setters, statics, errors.
const inputs = [
  'https://user:pa ss@EXAMPLE.com:443/a/./b/../c?x=1 2&y=\'#frag ment',
  'http://[::FFFF:192.168.0.1]:8080/', 'http://0x7f.1/', 'http://faß.ExAmPlE/', 'file:///C:/a/../../b',
  'file://localhost/etc/passwd', 'non-spec:/.//p', 'sc://h/a/../..', 'blob:https://a.com/uuid', 'data:text/plain,hi there ',
  'javascript:alert(1)', 'http://h/%2e%2E/x', 'ws://h:80/', 'wss://h:443/', 'ftp://h:21/', 'http:\\\\h\\p\\q', '  http://h/  ',
  'http://h/p?q#h#h', 'mailto:someone@example.com', 'http://a.b.c./', 'http://h/a^b{c}|d`', 'sc://ñ/é?é#é',
];
for (const input of inputs) {
  const u = new URL(input);
  console.log(JSON.stringify(input), [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port,
    u.pathname, u.search, u.hash]);
}
const relative = [['../d', 'http://a/b/c'], ['//x/y', 'https://a/'], ['?q', 'http://a/b#c'], ['#f', 'mailto:x'],
  ['C|/x', 'file:///D:/y'], ['/x', 'file://h/C:/y'], ['', 'http://a/b?c#d'], ['..', 'sc://h/a']];
for (const [input, base] of relative) {
  console.log(JSON.stringify([input, base]), new URL(input, base).href, new URL(input, new URL(base)).href);
}
for (const [input, base] of [['nope'], ['x', 'also-nope'], ['http://a b/'], ['http://[::1/'], ['http://h:99999/'], ['#f', 'mailto:x'],
  ['', undefined], ['x', 'mailto:y']]) {
  try {
    console.log('ok', new URL(input, base).href);
  } catch (err) {
    console.log(err.name, err.code, err.message, err.input, err.base, Object.keys(err));
  }
}
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://h/'), URL.parse('nope'), URL.parse('/p', 'http://h').href);
for (const fn of [() => new URL(), () => URL.canParse(), () => URL.prototype.href, () => Object.getOwnPropertyDescriptor(URL.prototype, 'host').get.call({})]) {
  try {
    fn();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

const props = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const values = ['', 'x', 'https', 'h2:8080', '[::1]', '8080', 'abc', '99999', '-1', '1x', '/p q/../r', '?a=b c', '#h i', 'é', 'u:p@v'];
for (const base of ['https://u:p@h:1/p?q#f', 'sc://h/p', 'file:///x', 'mailto:x@y']) {
  for (const p of props) {
    const row = [];
    for (const v of values) {
      const u = new URL(base);
      try {
        u[p] = v;
        row.push(u.href);
      } catch (err) {
        row.push(err.code);
      }
    }
    console.log(base, p, row.join(' | '));
  }
}
const u = new URL('https://a/b?c=d');
console.log(Object.prototype.toString.call(u), String(u), JSON.stringify({ u }), u.toJSON(), `${u}`);
console.log(Object.keys(URL.prototype), Object.getOwnPropertyNames(URL).sort());
console.log(u);
console.log([u], { nested: { deeper: { u } } });
console.log(require('util').inspect(u, { depth: 0 }));
console.log(globalThis.URL === require('url').URL, typeof URL.createObjectURL, typeof URL.revokeObjectURL);
