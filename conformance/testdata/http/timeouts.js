'use strict';
// Time limits: a client slow to send its headers is cut off at
// headersTimeout (408, or 'clientError' with ERR_HTTP_REQUEST_TIMEOUT),
// one slow to send its body at requestTimeout; an idle keep-alive
// connection is closed after keepAliveTimeout (+1 s); server.timeout
// emits 'timeout' on an idle socket.
const http = require('http');
const net = require('net');
const { exchange } = require('./_raw');

function serve(options, handler) {
  return new Promise((resolve) => {
    const server = http.createServer({ connectionsCheckingInterval: 20, ...options }, handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

(async () => {
  let s = await serve({ headersTimeout: 100, requestTimeout: 1000 }, () => console.log('request?!'));
  console.log('slow headers:');
  console.log(await exchange(s.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n', { waitClose: true }));
  s.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.message);
    socket.destroy();
  });
  console.log(await exchange(s.address().port, 'GET / HTTP/1.1\r\nHo', { waitClose: true }));
  await new Promise((r) => s.close(r));

  s = await serve({ headersTimeout: 50, requestTimeout: 150 }, (req, res) => {
    console.log('request', req.url);
    req.on('aborted', () => console.log('aborted'));
    req.on('close', () => console.log('req close'));
    req.resume();
  });
  console.log('slow body:');
  console.log(await exchange(s.address().port, 'POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n12', { waitClose: true }));
  await new Promise((r) => s.close(r));

  s = await serve({ keepAliveTimeout: 100 }, (req, res) => res.end('ok'));
  console.log('keep-alive timeout:');
  const start = Date.now();
  console.log(await exchange(s.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', { waitClose: true }));
  const took = Date.now() - start;
  console.log('closed after about keepAliveTimeout + 1s:', took >= 1000 && took < 3000);
  await new Promise((r) => s.close(r));

  s = await serve({}, (req, res) => res.end('ok'));
  s.setTimeout(80, (socket) => {
    console.log('server timeout', socket instanceof net.Socket);
    socket.destroy();
  });
  console.log('server.timeout', s.timeout);
  console.log(await exchange(s.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n', { waitClose: true }));
  await new Promise((r) => s.close(r));
  console.log('done');
})();
