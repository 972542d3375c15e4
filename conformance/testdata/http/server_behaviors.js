'use strict';
// Server behaviours seen on the wire: pipelined requests answered in
// order even when handled out of order, Expect: 100-continue (automatic
// and through 'checkContinue'), other expectations (417), the Host
// requirement, maxRequestsPerSocket, and requests over HTTP/1.0.
const http = require('http');
const { exchange } = require('./_raw');

function serve(options, handler, setup) {
  return new Promise((resolve) => {
    const server = http.createServer(options, handler);
    if (setup) setup(server);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

(async () => {
  // Pipelining: /slow answers last but goes out first.
  let s = await serve({}, (req, res) => {
    console.log('handling', req.url);
    if (req.url === '/slow') setTimeout(() => res.end('slow'), 30);
    else res.end('fast');
  });
  console.log(await exchange(s.address().port,
    'GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\nHEAD /head HTTP/1.1\r\nHost: x\r\n\r\n',
    { responses: 3, head: [false, false, true] }));
  await new Promise((r) => s.close(r));

  // Expect: 100-continue without a 'checkContinue' listener.
  s = await serve({}, (req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end(`got ${body}`));
  });
  console.log(await exchange(s.address().port, [
    'POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n', 'body',
  ], { responses: 2 }));
  console.log(await exchange(s.address().port,
    'POST / HTTP/1.1\r\nHost: x\r\nExpect: something-else\r\nContent-Length: 0\r\n\r\n'));
  await new Promise((r) => s.close(r));

  // With 'checkContinue' the handler decides.
  s = await serve({}, null, (server) => {
    server.on('checkContinue', (req, res) => {
      console.log('checkContinue', req.url);
      if (req.url === '/no') {
        res.writeHead(403);
        res.end('refused');
        return;
      }
      res.writeContinue();
      req.resume();
      req.on('end', () => res.end('accepted'));
    });
  });
  console.log(await exchange(s.address().port,
    'POST /yes HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\nok', { responses: 2 }));
  console.log(await exchange(s.address().port,
    'POST /no HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n', { waitClose: true }));
  await new Promise((r) => s.close(r));

  // No Host: 400 unless requireHostHeader is false.
  s = await serve({}, (req, res) => res.end('hosted'));
  console.log(await exchange(s.address().port, 'GET / HTTP/1.1\r\n\r\n', { waitClose: true }));
  await new Promise((r) => s.close(r));
  s = await serve({ requireHostHeader: false }, (req, res) => res.end('hostless'));
  console.log(await exchange(s.address().port, 'GET / HTTP/1.1\r\n\r\n'));
  console.log(await exchange(s.address().port, 'GET / HTTP/1.0\r\n\r\n', { waitClose: true }));
  await new Promise((r) => s.close(r));

  // maxRequestsPerSocket: the last allowed one says close, later ones 503
  // (and the socket stays open until it times out).
  s = await serve({}, (req, res) => res.end(req.url), (server) => {
    server.maxRequestsPerSocket = 2;
    server.on('dropRequest', (req) => console.log('dropRequest', req.url));
  });
  console.log(await exchange(s.address().port,
    'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n',
    { responses: 3 }));
  await new Promise((r) => s.close(r));
  console.log('done');
})();
