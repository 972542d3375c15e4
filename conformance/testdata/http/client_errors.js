'use strict';
// Bad requests: without a 'clientError' listener Node answers 400 (431 for
// headers over the limit) and closes; with one, the listener gets the
// parse error (code, reason, bytesParsed, rawPacket) and the socket.
const http = require('http');
const { exchange } = require('./_raw');

const bad = [
  'FOO / HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET / HTTP/1.1\r\nHost : x\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nBad\x01Name: v\r\n\r\n',
  'GET /\x7f HTTP/1.1\r\n\r\n',
  'GET / HTTP/9.9\r\n\r\n',
  'GET / HTTP/1.1\nHost: x\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nBig: ' + 'x'.repeat(17000) + '\r\n\r\n',
  '\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03',
];

function run(withListener) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      console.log('request?!', req.method, req.url);
      res.end();
    });
    if (withListener) {
      server.on('clientError', (err, socket) => {
        console.log('clientError', err.message, err.code, err.reason, err.bytesParsed,
          JSON.stringify(err.rawPacket && err.rawPacket.toString('latin1').slice(0, 40)),
          err instanceof Error, socket.writable);
        socket.end('HTTP/1.1 418 Teapot\r\n\r\n');
      });
    }
    server.listen(0, '127.0.0.1', async () => {
      const { port } = server.address();
      for (const raw of bad) {
        console.log('---', JSON.stringify(raw.slice(0, 30)));
        console.log(await exchange(port, raw, { waitClose: true }));
      }
      server.close(resolve);
    });
  });
}

(async () => {
  console.log('=== without clientError');
  await run(false);
  console.log('=== with clientError');
  await run(true);
  // A request cut short by the client's FIN is an error too.
  console.log('=== EOF mid-request');
  const server = http.createServer(() => console.log('request?!'));
  server.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.message, err.bytesParsed);
    socket.destroy();
  });
  server.listen(0, '127.0.0.1', async () => {
    console.log(await exchange(server.address().port, 'GET / HTTP/1.1\r\nHost', { end: true, waitClose: true }));
    server.close(() => console.log('done'));
  });
})();
