'use strict';
// Records node's WHATWG URL results for the Go parser test:
//   node gen_parse.js > parse_cases.json
const inputs = [
  'http://example.com/', 'HTTP://EXAMPLE.COM:80/A/../B?X=1 2#F G', 'https://example.com:443', 'http://a:b@c:29/d',
  'http://a b/', 'http://[::1]:8080/', 'http://[1:0::]', 'http://[::127.0.0.1]', 'http://[0:0:0:0:0:ffff:1.2.3.4]/',
  'http://[1:2:3:4:5:6:7:8]', 'http://[1::2::3]', 'http://[::1.2.3.]', 'http://[::1.2.3.4.5]', 'http://[g::]', 'http://[::1',
  'http://0x7f.1/', 'http://0300.168.0.1/', 'http://1.2.3.4.5/', 'http://4294967295', 'http://4294967296', 'http://1.2.3.09',
  'http://0x/', 'http://1.2.3.4./', 'http://1.2.3.4../', 'http://999999999999999999/', 'http://foo.09', 'http://foo.0x4',
  'file:///C:/x/../y', 'file:///C:/../..', 'file:C:/x', 'file://localhost/x', 'file://LOCALHOST/x', 'file://host/C:/x',
  'file:/x', 'file:x', 'file:///', 'file://', 'file:', 'file:\\\\h\\p', 'file:///C|/x', 'file://C:/x', 'file:.', 'file:..',
  'http://user:p@ss@host/', 'http://@host/', 'http://:@host/', 'http://user@/', 'http://us er:pa ss@h/', 'http://a:b:c@h/',
  'non-spec:/a/../b', 'non-spec://h/a/./b/../../c', 'non-spec:a b ?c d#e f', 'non-spec:/.//p', 'non-spec://', 'sc://ñ',
  'sc://%/', 'sc://@/', 'sc://te@s:t@/', 'sc://:/', 'sc://:12/', 'sc://[/', 'sc://\\/', 'sc://]/', 'sc:\\../',
  'http://h/%zz', 'http://h/%2e/%2E%2e/x', 'http://h/a/%2e%2E', 'http://h/./.', 'http://h/a/..', 'blob:https://a/b',
  'blob:ftp://a/b', 'blob:d3958f5c-0777-0845-9dcf-2cb28783acaf', 'http://h/?a=\u00e9', 'http://xn--nxasmq6b.com/',
  'http://\u00df.de/', 'http://faß.ExAmPlE/', 'http://ＧＯ.com', 'http://%41.com', 'http://%zz.com', 'http://a%2Eb/',
  'http://xn--/', 'http://xn--a.com', 'http://a..b/', 'http://-x.com/', 'http://x-.com', 'http://a.b.c./', 'http://.',
  'http://..', 'http://%00/', 'http://a\u0000b/', 'http://\u200d.com', 'http://\u0661\u0031.com', 'javascript:alert(1)',
  'mailto:a@b.c', 'data:text/plain,hi there', 'ws://h:443/', 'wss://h:443/', 'ftp://h:21/', 'http:\\\\h\\p', '  http://h/  ',
  '\t\nht\ntp://h\t/p\n', 'http://h/p?q#h#h', 'http://h/p?q?r', 'http://h/\u00e9?\u00e9#\u00e9', "http://h/?'", "foo://h/?'",
  'http://h/a b', 'http://h/`{}|^<>"', 'http://h/?`{}|^<>"', 'http://h/#`{}|^<>"', 'http://h:/', 'http://h:0/', 'http://h:65535',
  'http://h:65536', 'http://h:8a', 'http://h:-1', 'http:h', 'http:/h', 'http:///h', 'http:////h', 'https:h', 'h', '/p', '//x/y',
  '?q', '#f', '', '..', '../../..', 'a/./b/../c', 'C:/x', 'C|/x', '/C:/x', '\\\\server\\x', 'http://h/?a=1&b=2', 'http://h?',
  'http://h#', 'http://h/?#', 'a:', 'a:/', 'a://', 'A1+-.:x', '1a:x', '+a:x', 'http://[2001:db8::1]:443/', 'HtTpS://[::FFFF:0:1]',
  'http://%5B::1%5D/', 'http://h/%', 'http://h/\u{1F600}', 'http://\u{1F600}.com', 'http://example.com/\ud83d', 'about:blank',
  'git+ssh://git@github.com/x.git', 'http://h/a\\b', 'foo://h/a\\b', 'http://h\\a', 'http://a/b/c/d;p?q',
];
const bases = [undefined, 'http://a/b/c/d;p?q', 'file:///C:/a/b', 'file://h/x/y', 'sc://h/a/b', 'about:blank', 'mailto:x@y'];
const out = [];
for (const input of inputs) {
  for (const base of bases) {
    let r = null;
    try {
      const u = base === undefined ? new URL(input) : new URL(input, base);
      r = [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash];
    } catch {}
    out.push([input, base === undefined ? null : base, r]);
  }
}
for (const d of ['example.com', 'EXAMPLE.com', 'xn--nxasmq6b.com', 'faß.de', 'ñ.com', 'xn--iñvalid.com', '', 'a..b', '.', 'ＧＯ',
  'a b', '%41', '\u200d', 'xn--', 'xn--a', 'täst.de', 'münchen.de', 'xn--mnchen-3ya.de', '1.2.3.4', '0x7f.1', 'a.-b', '[::1]']) {
  out.push(['domain', d, [require('url').domainToASCII(d), require('url').domainToUnicode(d)]]);
}
process.stdout.write(JSON.stringify(out, null, 0).replace(/\],\[/g, '],\n[') + '\n');
