'use strict';
// A request handler that throws: an uncaught exception, the process exits
// with code 1 and Node's report of the error.
const http = require('http');

const server = http.createServer((req, res) => {
  console.log('handling', req.url);
  throw new Error(`handler failed for ${req.url}`);
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', path: '/boom' });
  req.on('error', (e) => console.log('client error', e.code));
});
process.on('exit', (code) => console.log('exit', code));
