'use strict';
// What a handler sees of a request: method, url, version, headers (with
// Node's rules for repeated names), rawHeaders, headersDistinct, body and
// trailers, for raw requests sent over net.
const http = require('http');
const { exchange } = require('./_raw');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    console.log(req.method, JSON.stringify(req.url), req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
    console.log('headers', req.headers);
    console.log('rawHeaders', req.rawHeaders);
    console.log('distinct', req.headersDistinct);
    console.log('body', JSON.stringify(Buffer.concat(chunks).toString('latin1')), 'complete', req.complete);
    console.log('trailers', req.trailers, req.rawTrailers);
    res.end('ok');
  });
});

const CRLF = '\r\n';
const cases = [
  'GET /a/b?c=d&e#frag HTTP/1.1\r\nHost: example.com\r\n\r\n',
  'GET * HTTP/1.1\r\nHost: x\r\n\r\n',
  'OPTIONS http://user:pw@example.com:8080/p?q HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX-Dup: 1\r\nx-dup: 2\r\nX-DUP: 3\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\nUser-Agent: a\r\nuser-agent: b\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nCookie: a=1\r\nCookie: b=2\r\nSet-Cookie: s=1\r\nset-cookie: s=2\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nAccept: a\r\nAccept: b\r\nContent-Type: t1\r\nContent-Type: t2\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nAuthorization: one\r\nAuthorization: two\r\nReferer: r1\r\nReferer: r2\r\n\r\n',
  'GET / HTTP/1.1\r\nHost:    spaced   \t\r\nEmpty:\r\nX-Tab:\tv\t\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX-Latin: caf\xe9\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\n__proto__: p\r\nconstructor: c\r\n\r\n',
  'POST /cl HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world',
  'POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n',
  'POST /trailers HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\n\r\n3\r\nabc\r\n0\r\nX-T: 1\r\nx-t: 2\r\nCookie: c\r\n\r\n',
  'PUT /bin HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\n\x00\x01\xfe\xff',
  'DELETE /d HTTP/1.0\r\n\r\n',
  'PATCH /p HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\n' + Array.from({ length: 40 }, (_, i) => `H${i}: ${i}\r\n`).join('') + '\r\n',
  'QUERY /q HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nq',
  'M-SEARCH * HTTP/1.1\r\nHost: 239.255.255.250:1900\r\nMAN: "ssdp:discover"\r\n\r\n',
];

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const raw of cases) {
    console.log('---', JSON.stringify(raw.slice(0, raw.indexOf(CRLF))));
    const out = await exchange(port, raw, { waitClose: /HTTP\/1\.0/.test(raw) });
    console.log(out.split('\n')[0].includes('200 OK') ? 'answered' : out);
  }
  // A header count limit keeps the first lines.
  server.maxHeadersCount = 3;
  console.log('--- maxHeadersCount 3');
  await exchange(port, 'GET /max HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n');
  server.close(() => console.log('server closed'));
});
