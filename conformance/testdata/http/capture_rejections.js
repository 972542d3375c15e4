'use strict';
// With captureRejections, an async request handler that rejects gets
// Node's answer: 500 with the headers it had set removed, or the socket
// destroyed when the response had already started.
const http = require('http');
const events = require('events');
const { exchange } = require('./_raw');

events.captureRejections = true;
const server = http.createServer(async (req, res) => {
  res.setHeader('X-Secret', '1');
  if (req.url === '/started') {
    res.write('partial');
    await null;
  }
  throw new Error('async boom');
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log(await exchange(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
  console.log(await exchange(port, 'GET /started HTTP/1.1\r\nHost: x\r\n\r\n', { waitClose: true }));
  server.close(() => console.log('closed'));
});
