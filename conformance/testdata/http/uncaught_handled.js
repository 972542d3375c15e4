'use strict';
// With an 'uncaughtException' listener the server lives on after a
// handler throws: the client whose request failed sees its connection
// reset (the parse of that request stopped), the next client is served.
const http = require('http');

process.on('uncaughtException', (err) => console.log('caught', err.message));
const server = http.createServer((req, res) => {
  if (req.url === '/boom') throw new Error('boom');
  res.end('fine');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const bad = http.get({ port, host: '127.0.0.1', path: '/boom', agent: false });
  bad.on('error', (e) => console.log('bad request error', e.code));
  bad.on('response', (res) => console.log('bad request response?!', res.statusCode));
  bad.setTimeout(200, () => {
    console.log('bad request timed out');
    bad.destroy();
  });
  bad.on('close', () => {
    http.get({ port, host: '127.0.0.1', path: '/ok', agent: false }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => console.log('good request', res.statusCode, d));
      res.on('end', () => server.close(() => console.log('closed')));
    });
  });
});
