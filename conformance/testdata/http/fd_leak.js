'use strict';
// conformance: timeout=60s
// 1,000 bad requests (malformed, too large, cut off mid-request) leave no
// file descriptor behind: the count in /proc/self/fd is the same before
// and after.
const http = require('http');
const fs = require('fs');
const net = require('net');

const fds = () => fs.readdirSync('/proc/self/fd').length;

const bad = [
  'FOO / HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nBig: ' + 'x'.repeat(17000) + '\r\n\r\n',
  'GET / HTTP/1.1\r\nHo',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc',
  'GET / HTTP/1.1\r\nHost: x\r\n\r\n',
];

const server = http.createServer((req, res) => {
  if (req.method === 'POST') {
    req.resume();
    return;
  }
  res.end('ok');
});
let clientErrors = 0;
server.on('clientError', (err, socket) => {
  clientErrors++;
  socket.destroy();
});

function one(port, raw) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => {
      s.write(raw);
      // A client that goes away without finishing, or after the answer.
      setImmediate(() => s.end());
    });
    s.on('data', () => {});
    s.on('error', () => {});
    s.on('close', resolve);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await one(port, bad[4]);
  const before = fds();
  for (let i = 0; i < 1000; i += 20) {
    const batch = [];
    for (let j = 0; j < 20; j++) batch.push(one(port, bad[(i + j) % bad.length]));
    await Promise.all(batch);
  }
  await new Promise((r) => setTimeout(r, 100));
  server.getConnections((err, n) => {
    console.log('open connections', n);
    console.log('clientErrors > 0:', clientErrors > 0);
    console.log('fd delta', fds() - before);
    server.close(() => console.log('closed'));
  });
});
