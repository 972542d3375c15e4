'use strict';
// The parser's table cases: raw inputs whose outcome oracle.js records from
// Node. Run: node cases.js | node oracle.js > llhttp.json
// Each input is also recorded fed one byte at a time.
const cases = [];
const req = (name, raw, extra) => cases.push({ name, type: 'request', chunks: [raw], ...extra });
const res = (name, raw, extra) => cases.push({ name, type: 'response', chunks: [raw], ...extra });
const CRLF = '\r\n';

// Request lines.
req('get', 'GET / HTTP/1.1\r\nHost: example.com\r\n\r\n');
req('get-http10', 'GET /a?b=c#d HTTP/1.0\r\n\r\n');
req('get-http10-keepalive', 'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /2 HTTP/1.0\r\n\r\n');
req('http09', 'GET /\r\n\r\n');
req('http09-lf', 'GET /\n\r\n');
req('http09-bad-crlf', 'GET /\rx');
req('http2-version', 'GET / HTTP/2.0\r\n\r\n');
req('bad-version', 'GET / HTTP/1.2\r\n\r\n');
req('bad-version-3', 'GET / HTTP/3.0\r\n\r\n');
req('bad-major', 'GET / HTTP/x.1\r\n\r\n');
req('bad-dot', 'GET / HTTP/1x1\r\n\r\n');
req('bad-minor', 'GET / HTTP/1.x\r\n\r\n');
req('lf-after-version', 'GET / HTTP/1.1\n\r\n');
req('junk-after-version', 'GET / HTTP/1.1x\r\n\r\n');
req('cr-no-lf-after-version', 'GET / HTTP/1.1\rx');
req('lowercase-method', 'get / HTTP/1.1\r\n\r\n');
req('unknown-method', 'FOO / HTTP/1.1\r\n\r\n');
req('method-prefix', 'GE / HTTP/1.1\r\n\r\n');
req('method-no-space', 'GETX / HTTP/1.1\r\n\r\n');
req('method-underscore', 'GET_X / HTTP/1.1\r\n\r\n');
req('get-parameter-http', 'GET_PARAMETER / HTTP/1.1\r\n\r\n');
req('rtsp', 'DESCRIBE rtsp://h/a RTSP/1.0\r\nCSeq: 1\r\n\r\n');
req('rtsp-with-http-method', 'PATCH / RTSP/1.0\r\n\r\n');
req('ice', 'SOURCE /m ICE/1.0\r\n\r\n');
req('ice-get', 'GET /m ICE/1.0\r\n\r\n');
req('query-method', 'QUERY / HTTP/1.1\r\n\r\n');
req('m-search', 'M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\n\r\n');
for (const m of ['DELETE', 'HEAD', 'POST', 'PUT', 'OPTIONS', 'TRACE', 'COPY', 'LOCK', 'MKCOL', 'MOVE',
  'PROPFIND', 'PROPPATCH', 'SEARCH', 'UNLOCK', 'BIND', 'REBIND', 'UNBIND', 'ACL', 'REPORT',
  'MKACTIVITY', 'CHECKOUT', 'MERGE', 'NOTIFY', 'SUBSCRIBE', 'UNSUBSCRIBE', 'PATCH', 'PURGE',
  'MKCALENDAR', 'LINK', 'UNLINK', 'PRI', 'FLUSH']) {
  req('method-' + m, m + ' /x HTTP/1.1\r\nContent-Length: 0\r\n\r\n');
}
req('pri-preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');
req('pri-bad-preface', 'PRI * HTTP/2.0\r\n\r\nXX');
req('pri-http11', 'PRI * HTTP/1.1\r\n\r\n');
req('many-spaces', 'GET    /x    HTTP/1.1\r\n\r\n');
req('no-protocol', 'GET / \r\n\r\n');
req('bad-protocol', 'GET / HTTQ/1.1\r\n\r\n');
req('protocol-no-slash', 'GET / HTTP1.1\r\n\r\n');

// URLs.
req('url-absolute', 'GET http://user:pw@host:8080/p/a/t/h?query=string#hash HTTP/1.1\r\n\r\n');
req('url-ipv6', 'GET http://[::1]:3000/ HTTP/1.1\r\n\r\n');
req('url-double-at', 'GET http://a@@b/ HTTP/1.1\r\n\r\n');
req('url-two-ats', 'GET http://a@b@c/ HTTP/1.1\r\n\r\n');
req('url-server-query', 'GET http://host?x HTTP/1.1\r\n\r\n');
req('url-server-bad', 'GET http://ho<st/ HTTP/1.1\r\n\r\n');
req('url-schema-bad', 'GET ht1tp://h/ HTTP/1.1\r\n\r\n');
req('url-schema-one-slash', 'GET http:/h HTTP/1.1\r\n\r\n');
req('url-schema-space', 'GET http: HTTP/1.1\r\n\r\n');
req('url-star', 'OPTIONS * HTTP/1.1\r\n\r\n');
req('url-bad-start', 'GET ?x HTTP/1.1\r\n\r\n');
req('url-digit-start', 'GET 1/ HTTP/1.1\r\n\r\n');
req('url-tab', 'GET /a\tb HTTP/1.1\r\n\r\n');
req('url-formfeed', 'GET /a\fb HTTP/1.1\r\n\r\n');
req('url-high-byte', 'GET /\xe4 HTTP/1.1\r\n\r\n');
req('url-query-high-byte', 'GET /?\xe4 HTTP/1.1\r\n\r\n');
req('url-fragment-high', 'GET /#\xe4 HTTP/1.1\r\n\r\n');
req('url-query-question', 'GET /?a?b#c?#d HTTP/1.1\r\n\r\n');
req('url-del', 'GET /\x7f HTTP/1.1\r\n\r\n');
req('url-nul', 'GET /\x00 HTTP/1.1\r\n\r\n');
req('url-cr', 'GET \r\n\r\n');
req('url-quote-brackets', 'GET /"{}|\\^`[] HTTP/1.1\r\n\r\n');
req('connect', 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nsome tunnel bytes');
req('connect-path', 'CONNECT /x HTTP/1.1\r\n\r\n');
req('connect-bad', 'CONNECT exa mple HTTP/1.1\r\n\r\n');
req('long-url', 'GET /' + 'a'.repeat(17000) + ' HTTP/1.1\r\n\r\n');
req('url-near-limit', 'GET /' + 'a'.repeat(16382) + ' HTTP/1.1\r\n\r\n');
req('url-just-under-limit', 'GET /' + 'a'.repeat(16382) + ' HTTP/1.1\r\n\r\n', { maxHeaderSize: 16384 });

// Header names and values.
req('headers', 'GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\nx-a: 2\r\nCookie: a=1\r\nCookie: b=2\r\nSet-Cookie: c\r\n\r\n');
req('header-ows', 'GET / HTTP/1.1\r\nA:    spaced   \t \r\nB:\t\ttabbed\t\r\nC:\r\nD: \r\n\r\n');
req('header-empty-last', 'GET / HTTP/1.1\r\nA:\r\n\r\n');
req('header-space-before-colon', 'GET / HTTP/1.1\r\nHost : a\r\n\r\n');
req('special-space-before-colon', 'GET / HTTP/1.1\r\nConnection : close\r\n\r\n');
req('special-prefix-space', 'GET / HTTP/1.1\r\nConnectio : close\r\n\r\n');
req('special-longer', 'GET / HTTP/1.1\r\nConnection-X: close\r\n\r\n');
req('colon-first', 'GET / HTTP/1.1\r\n: x\r\n\r\n');
req('space-first-header', 'GET / HTTP/1.1\r\n Host: a\r\n\r\n');
req('space-later-header', 'GET / HTTP/1.1\r\nA: b\r\n C: d\r\n\r\n');
req('obs-fold', 'GET / HTTP/1.1\r\nA: b\r\n\tc\r\n\r\n');
req('header-lf-only', 'GET / HTTP/1.1\r\nA: b\n\r\n');
req('header-cr-only', 'GET / HTTP/1.1\r\nA: b\rX\r\n\r\n');
req('header-field-lf', 'GET / HTTP/1.1\r\n\n');
req('headers-end-cr-only', 'GET / HTTP/1.1\r\nA: b\r\n\rX');
req('header-name-bad-char', 'GET / HTTP/1.1\r\nA\x01: b\r\n\r\n');
req('header-name-slash', 'GET / HTTP/1.1\r\nA/B: c\r\n\r\n');
req('header-name-no-colon', 'GET / HTTP/1.1\r\nAbc\r\n\r\n');
req('header-value-nul', 'GET / HTTP/1.1\r\nA: b\x00c\r\n\r\n');
req('header-value-ctl', 'GET / HTTP/1.1\r\nA: b\x7fc\r\n\r\n');
req('header-value-high', 'GET / HTTP/1.1\r\nA: \xe4\xf6\xfc\r\n\r\n');
req('header-value-empty-lws', 'GET / HTTP/1.1\r\nA:\r\n b\r\n\r\n');
req('header-value-discard-lf', 'GET / HTTP/1.1\r\nA: \nb\r\n\r\n');
req('header-value-discard-cr-x', 'GET / HTTP/1.1\r\nA: \rb\r\n\r\n');
req('many-headers', 'GET / HTTP/1.1\r\n' + Array.from({ length: 100 }, (_, i) => `H${i}: v${i}\r\n`).join('') + '\r\n');
req('header-overflow', 'GET / HTTP/1.1\r\nBig: ' + 'x'.repeat(20000) + '\r\n\r\n');
req('header-overflow-many', 'GET / HTTP/1.1\r\n' + 'Abcdefgh: 0123456789012345678901234567890123456789\r\n'.repeat(400) + '\r\n');
req('header-small-limit', 'GET / HTTP/1.1\r\nA: 12345\r\n\r\n', { maxHeaderSize: 8 });
req('header-small-limit-ok', 'GET / HTTP/1.1\r\nA: 1\r\n\r\n', { maxHeaderSize: 8 });
req('header-limit-exact', 'GET /a HTTP/1.1\r\nAb: cd\r\n\r\n', { maxHeaderSize: 6 });
req('header-limit-exact-plus', 'GET /a HTTP/1.1\r\nAb: cd\r\n\r\n', { maxHeaderSize: 7 });
req('upgrade-case', 'GET / HTTP/1.1\r\nUPGRADE: x\r\nCONNECTION: Upgrade\r\n\r\n');

// Connection.
req('conn-close', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n');
req('conn-close-then-data', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n\r\n');
req('conn-close-then-crlf', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n\r\n\r\n');
req('conn-tokens', 'GET / HTTP/1.1\r\nConnection: keep-alive, close\r\n\r\n');
req('conn-tokens-2', 'GET / HTTP/1.0\r\nConnection: Foo,  Keep-Alive ,bar\r\n\r\nGET / HTTP/1.1\r\n\r\n');
req('conn-close-junk', 'GET / HTTP/1.1\r\nConnection: close x\r\n\r\nGET / HTTP/1.1\r\n\r\n');
req('conn-closex', 'GET / HTTP/1.1\r\nConnection: closex\r\n\r\nGET / HTTP/1.1\r\n\r\n');
req('conn-clo', 'GET / HTTP/1.1\r\nConnection: clo\r\n\r\nGET / HTTP/1.1\r\n\r\n');
req('conn-tab', 'GET / HTTP/1.1\r\nConnection: \tclose\t\r\n\r\n');
req('proxy-connection', 'GET / HTTP/1.1\r\nProxy-Connection: close\r\n\r\nx');
req('conn-two-headers', 'GET / HTTP/1.1\r\nConnection: keep-alive\r\nConnection: close\r\n\r\nx');
req('conn-empty', 'GET / HTTP/1.1\r\nConnection:\r\n\r\n');
req('conn-comma-only', 'GET / HTTP/1.1\r\nConnection: ,\r\n\r\n');
req('upgrade', 'GET /chat HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81\x05hello');
req('upgrade-no-conn', 'GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\nGET / HTTP/1.1\r\n\r\n');
req('upgrade-with-body', 'POST / HTTP/1.1\r\nUpgrade: x\r\nConnection: upgrade\r\nContent-Length: 4\r\n\r\nbodyrest');
req('upgrade-then-error-body', 'POST / HTTP/1.1\r\nUpgrade: x\r\nConnection: upgrade\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n');
req('conn-upgrade-keepalive', 'GET / HTTP/1.1\r\nConnection: keep-alive, upgrade\r\nUpgrade: h2c\r\n\r\n');

// Content-Length.
req('cl-body', 'POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloPOST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n');
req('cl-zero', 'POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n');
req('cl-leading-zeros', 'POST / HTTP/1.1\r\nContent-Length: 0003\r\n\r\nabc');
req('cl-spaces', 'POST / HTTP/1.1\r\nContent-Length:   3   \r\n\r\nabc');
req('cl-tab-after', 'POST / HTTP/1.1\r\nContent-Length: 3\t\r\n\r\nabc');
req('cl-duplicate', 'POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc');
req('cl-empty', 'POST / HTTP/1.1\r\nContent-Length:\r\n\r\n');
req('cl-empty-space', 'POST / HTTP/1.1\r\nContent-Length: \r\n\r\n');
req('cl-plus', 'POST / HTTP/1.1\r\nContent-Length: +3\r\n\r\nabc');
req('cl-negative', 'POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n');
req('cl-two-numbers', 'POST / HTTP/1.1\r\nContent-Length: 1 2\r\n\r\n');
req('cl-comma', 'POST / HTTP/1.1\r\nContent-Length: 1,1\r\n\r\n');
req('cl-overflow', 'POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n');
req('cl-max', 'POST / HTTP/1.1\r\nContent-Length: 18446744073709551615\r\n\r\nabc');
req('cl-max-plus', 'POST / HTTP/1.1\r\nContent-Length: 18446744073709551616\r\n\r\n');
req('cl-hex', 'POST / HTTP/1.1\r\nContent-Length: 0x10\r\n\r\n');
req('cl-lf-only', 'POST / HTTP/1.1\r\nContent-Length: 1\n\r\n');
req('cl-partial-body', 'POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc', { eof: true });
req('cl-and-te', 'POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n');
req('te-and-cl', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n');
req('get-with-body', 'GET / HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi');

// Transfer-Encoding.
req('chunked', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n');
req('chunked-trailers', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-T: 1\r\nX-U:  2 \r\n\r\nGET / HTTP/1.1\r\n\r\n');
req('chunked-upper', 'POST / HTTP/1.1\r\nTransfer-Encoding: CHUNKED\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n');
req('chunked-hex', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nfF\r\n' + 'x'.repeat(255) + '\r\n0\r\n\r\n');
req('chunked-ext', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;a=b;c;d="q\\"x";e=\r\nabc\r\n0;last\r\n\r\n');
req('chunked-ext-space', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3; a=b\r\nabc\r\n0\r\n\r\n');
req('chunked-ext-cr', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;\r\nabc\r\n0\r\n\r\n');
req('chunked-ext-lf', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;a\nabc\r\n0\r\n\r\n');
req('chunked-ext-value-lf', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;a=b\nabc\r\n0\r\n\r\n');
req('chunked-ext-bad-name', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;a@b\r\nabc\r\n0\r\n\r\n');
req('chunked-ext-bad-value', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;a=b@\r\nabc\r\n0\r\n\r\n');
req('chunked-ext-quoted-bad', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;a="\x01"\r\nabc\r\n0\r\n\r\n');
req('chunked-ext-quoted-pair-bad', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;a="\\\x01"\r\nabc\r\n0\r\n\r\n');
req('chunked-ext-after-quote', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;a="b"c\r\nabc\r\n0\r\n\r\n');
req('chunked-ext-after-quote-lf', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;a="b"\nabc\r\n0\r\n\r\n');
req('chunked-ext-overflow', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;' + 'a'.repeat(17000) + '\r\nabc\r\n0\r\n\r\n');
req('chunked-ext-many', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n' + ('1;' + 'a'.repeat(8000) + '\r\nx\r\n').repeat(3) + '0\r\n\r\n');
req('chunked-size-space', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3 \r\nabc\r\n0\r\n\r\n');
req('chunked-size-bad', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nx\r\n');
req('chunked-size-bad-2', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3x\r\n');
req('chunked-size-lf', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\r\n');
req('chunked-size-cr-x', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\rx');
req('chunked-size-overflow', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n');
req('chunked-size-max', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\nabc');
req('chunked-data-no-crlf', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n');
req('chunked-data-lf', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\n0\r\n\r\n');
req('chunked-data-cr-x', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\rX');
req('chunked-trailer-bad', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nA B: c\r\n\r\n');
req('chunked-trailer-cl', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nContent-Length: 3\r\n\r\n');
req('chunked-trailer-te', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nTransfer-Encoding: chunked\r\n\r\n');
req('chunked-trailer-overflow', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nT: ' + 'y'.repeat(17000) + '\r\n\r\n');
req('chunked-partial', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel', { eof: true });
req('te-gzip-chunked', 'POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n1\r\na\r\n0\r\n\r\n');
req('te-gzip-chunked-ows', 'POST / HTTP/1.1\r\nTransfer-Encoding: gzip ,\t chunked\r\n\r\n1\r\na\r\n0\r\n\r\n');
req('te-chunked-gzip', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n');
req('te-chunked-space-gzip', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked gzip\r\n\r\n');
req('te-gzip', 'POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n');
req('te-chunkedx', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunkedx\r\n\r\n');
req('te-chunk', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunk\r\n\r\n');
req('te-twice', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n');
req('te-twice-gzip-first', 'POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
req('te-empty', 'POST / HTTP/1.1\r\nTransfer-Encoding:\r\n\r\n');
req('te-chunked-trailing-space', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked   \r\n\r\n0\r\n\r\n');
req('te-identity-chunked-comma', 'POST / HTTP/1.1\r\nTransfer-Encoding: identity,chunked\r\n\r\n0\r\n\r\n');

// Pipelining, leading CRLF, EOF.
req('pipelined', 'GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\nGET /3 HTTP/1.1\r\n\r\n');
req('leading-crlf', '\r\n\r\n\nGET / HTTP/1.1\r\n\r\n\r\nGET /2 HTTP/1.1\r\n\r\n');
req('eof-mid-headers', 'GET / HTTP/1.1\r\nHost: a\r\n', { eof: true });
req('eof-mid-line', 'GET /', { eof: true });
req('eof-between', 'GET / HTTP/1.1\r\n\r\n', { eof: true });
req('eof-empty', '', { eof: true });
req('binary-garbage', '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03');
req('expect-continue', 'POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc');
req('http10-cl-close', 'POST / HTTP/1.0\r\nContent-Length: 1\r\n\r\naGET / HTTP/1.0\r\n\r\n');
req('split-chunks', 'GET / HTTP/1.1\r\nA: b\r\n\r\n', { split: [3, 10, 17, 20] });

// Responses.
res('ok', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello');
res('no-reason', 'HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n');
res('empty-reason', 'HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n');
res('reason-bytes', 'HTTP/1.1 404 Not \x00 Found\xff\r\nContent-Length: 0\r\n\r\n');
res('reason-lf', 'HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n');
res('status-lf', 'HTTP/1.1 200\nContent-Length: 0\r\n\r\n');
res('status-cr-cr', 'HTTP/1.1 200 OK\r\rContent-Length: 0\r\n\r\n');
res('status-cr-x', 'HTTP/1.1 200 OK\rX');
res('status-two-digits', 'HTTP/1.1 20 OK\r\n\r\n');
res('status-four-digits', 'HTTP/1.1 2000 OK\r\n\r\n');
res('status-letters', 'HTTP/1.1 abc OK\r\n\r\n');
res('status-999', 'HTTP/1.1 999 Weird\r\nContent-Length: 0\r\n\r\n');
res('status-000', 'HTTP/1.1 000 Zero\r\nContent-Length: 0\r\n\r\n');
res('version-bad', 'HTTP/1.2 200 OK\r\n\r\n');
res('version-no-space', 'HTTP/1.1_200 OK\r\n\r\n');
res('http10', 'HTTP/1.0 200 OK\r\n\r\nbody until eof', { eof: true });
res('http10-keepalive', 'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nhiHTTP/1.0 204 No\r\n\r\n');
res('rtsp', 'RTSP/1.0 200 OK\r\nCSeq: 1\r\nContent-Length: 0\r\n\r\n');
res('ice', 'ICE/1.0 200 OK\r\nContent-Length: 0\r\n\r\n');
res('bad-protocol', 'HTTX/1.1 200 OK\r\n\r\n');
res('protocol-no-slash', 'HTTP 200 OK\r\n\r\n');
res('read-to-eof', 'HTTP/1.1 200 OK\r\n\r\nabc', { eof: true, split: [20] });
res('read-to-eof-close', 'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nabcdef', { eof: true });
res('chunked', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nT: 1\r\n\r\n');
res('chunked-gzip', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\nrest of body', { eof: true });
res('te-gzip', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nraw', { eof: true });
res('te-twice', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
res('chunked-then-gzip-header', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n\r\nraw', { eof: true });
res('204', 'HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
res('304', 'HTTP/1.1 304 Not Modified\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
res('100-continue', 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
res('102-103', 'HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
res('101', 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81\x00');
res('101-no-upgrade', 'HTTP/1.1 101 Switching Protocols\r\n\r\nrest');
res('200-upgrade-headers', 'HTTP/1.1 200 OK\r\nUpgrade: h2c\r\nConnection: upgrade\r\nContent-Length: 2\r\n\r\nok');
res('head-response', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n', { skipBody: 1 });
res('head-response-no-cl', 'HTTP/1.1 200 OK\r\n\r\n', { skipBody: 1 });
res('skip-upgrade', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello', { skipBody: 2 });
res('callback-bad-return', 'HTTP/1.1 200 OK\r\n\r\n', { skipBody: 7 });
res('keep-alive-pipelined', 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\naHTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\nb');
res('close-then-data', 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\naextra');
res('header-overflow', 'HTTP/1.1 200 OK\r\nX: ' + 'z'.repeat(17000) + '\r\n\r\n');
res('status-overflow', 'HTTP/1.1 200 ' + 'z'.repeat(17000) + '\r\n\r\n');
res('eof-mid-status', 'HTTP/1.1 20', { eof: true });

// Lenient parsing (llhttp's LENIENT_* flags; Node's --insecure-http-parser
// sets all of them, 0x3ff).
const all = { lenient: 0x3ff };
req('lenient-value-char', 'GET / HTTP/1.1\r\nContent-Type: text/te\x08t\r\nHost: x\r\n\r\n', all);
req('lenient-value-char-headers-only', 'GET / HTTP/1.1\r\nA: b\x01c\x7fd\r\n\r\n', { lenient: 1 });
req('lenient-value-char-off', 'GET / HTTP/1.1\r\nA: b\x01c\r\n\r\n', { lenient: 0x3fe });
req('lenient-obs-fold', 'GET / HTTP/1.1\r\nA: b\r\n  c\r\n\td\r\nE: f\r\n\r\n', all);
req('lenient-obs-fold-empty', 'GET / HTTP/1.1\r\nA:\r\n b\r\n\r\n', all);
req('lenient-obs-fold-te-chunked', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n x\r\n\r\n', all);
req('lenient-obs-fold-cl', 'POST / HTTP/1.1\r\nContent-Length: 1\r\n 2\r\n\r\nab', all);
req('lenient-obs-fold-connection', 'GET / HTTP/1.1\r\nConnection: keep-alive\r\n close\r\n\r\n', all);
req('lenient-space-before-colon', 'POST / HTTP/1.1\r\nContent-Length  : 2\r\n\r\nab', all);
req('lenient-space-then-more-name', 'GET / HTTP/1.1\r\nContent-Length x: 2\r\n\r\n', all);
req('lenient-space-then-cr', 'GET / HTTP/1.1\r\nConnection \r\n\r\n', all);
req('lenient-space-general', 'GET / HTTP/1.1\r\nFoo : 2\r\n\r\n', all);
req('lenient-space-after-start-line', 'GET / HTTP/1.1\r\n Host: x\r\n\r\n', all);
req('lenient-lf-only', 'GET / HTTP/1.1\nHost: x\nA:\n\n', all);
req('lenient-lf-only-post', 'POST / HTTP/1.1\nTransfer-Encoding: chunked\n\n3\nabc\n0\n\n', all);
req('lenient-cr-only', 'GET / HTTP/1.1\rHost: x\r\rGET /2 HTTP/1.1\r\n\r\n', all);
req('lenient-cr-only-value-ws', 'GET / HTTP/1.1\r\nA: \rB: c\r\n\r\n', all);
req('lenient-version', 'GET / HTTP/5.6\r\n\r\n', all);
req('lenient-version-only', 'GET / HTTP/1.5\r\n\r\n', { lenient: 0x10 });
req('lenient-te-and-cl', 'POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n', all);
req('lenient-cl-and-te', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n1\r\na\r\n0\r\n\r\n', { lenient: 2 });
req('lenient-te-not-last', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\nabc', { ...all, eof: true });
req('lenient-te-twice', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', { lenient: 8 });
req('lenient-te-identity', 'POST / HTTP/1.1\r\nTransfer-Encoding: identity\r\n\r\nabc', { lenient: 8, eof: true });
req('lenient-chunk-size-spaces', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3 \t \r\nabc\r\n0  \r\n\r\n', all);
req('lenient-chunk-no-crlf', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc3\r\ndef\rx0\r\n\r\n', all);
req('lenient-chunk-ext-lf', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;a\nabc\r\n3;a=b\ndef\r\n3;a="b"\nghi\r\n0\r\n\r\n', all);
req('lenient-keep-alive', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET /2 HTTP/1.1\r\n\r\n', { lenient: 4 });
req('lenient-data-after-close', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\nxyz\r\nGET', { lenient: 0x20 });
res('lenient-response-lf-only', 'HTTP/1.1 200 OK\nContent-Length: 1\n\nx', all);
res('lenient-response-no-reason-lf', 'HTTP/1.1 200\nA: b\r\n\r\n', all);
res('lenient-response-cr-only', 'HTTP/1.1 200 OK\rA: b\r\n\r\n', all);
res('lenient-response-version', 'HTTP/1.7 200 OK\r\nContent-Length: 0\r\n\r\n', all);
res('lenient-response-value-char', 'HTTP/1.1 200 OK\r\nX: \x00\x01\r\nContent-Length: 0\r\n\r\n', all);
res('lenient-response-te-cl', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n1\r\na\r\n0\r\n\r\n', all);

module.exports = cases;
if (require.main === module) {
  // Every case is also fed as given split points, and one byte at a time.
  const out = [];
  for (const c of cases) {
    const raw = c.chunks[0];
    const { split, ...rest } = c;
    out.push(rest);
    if (split) {
      const chunks = [];
      let at = 0;
      for (const s of split) { chunks.push(raw.slice(at, s)); at = s; }
      chunks.push(raw.slice(at));
      out.push({ ...rest, name: c.name + '/split', chunks });
    }
    if (raw.length > 1 && raw.length < 3000) {
      out.push({ ...rest, name: c.name + '/bytes', chunks: raw.split('') });
    }
  }
  process.stdout.write(JSON.stringify(out));
}
