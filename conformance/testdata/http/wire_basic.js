'use strict';
// Responses as bytes on the wire: the status line and the headers Node
// adds (Date, Connection, Keep-Alive, Content-Length or chunked), in
// order, for the common ways a handler answers.
const http = require('http');
const { exchange } = require('./_raw');

const handlers = {
  '/end': (req, res) => res.end('hello'),
  '/empty': (req, res) => res.end(),
  '/write': (req, res) => { res.write('a'); res.write(Buffer.from('bc')); res.end('d'); },
  '/write-empty': (req, res) => { res.write(''); res.end(); },
  '/writehead': (req, res) => {
    res.writeHead(201, { 'Content-Type': 'text/plain', 'X-List': ['1', '2'] });
    res.end('made');
  },
  '/writehead-array': (req, res) => {
    res.writeHead(202, 'Fine', ['A', '1', 'B', '2']);
    res.end();
  },
  '/writehead-nested': (req, res) => {
    res.writeHead(200, [['A', '1'], ['a', '2']]);
    res.end('x');
  },
  '/setheader': (req, res) => {
    res.setHeader('X-One', 'one');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('Cookie', ['c=3', 'd=4']);
    res.appendHeader('x-one', 'two');
    res.statusCode = 404;
    res.end('nope');
  },
  '/merge': (req, res) => {
    res.setHeader('X-Set', 'set');
    res.writeHead(200, { 'X-Head': 'head' });
    res.end();
  },
  '/content-length': (req, res) => {
    res.setHeader('Content-Length', 3);
    res.write('ab');
    res.end('c');
  },
  '/no-date': (req, res) => { res.sendDate = false; res.end('x'); },
  '/remove-date': (req, res) => { res.removeHeader('Date'); res.end('x'); },
  '/own-date': (req, res) => { res.setHeader('Date', 'yesterday'); res.end('x'); },
  '/conn-close': (req, res) => { res.setHeader('Connection', 'close'); res.end('bye'); },
  '/keep-alive-header': (req, res) => { res.setHeader('Keep-Alive', 'timeout=9'); res.end(); },
  '/remove-conn': (req, res) => { res.removeHeader('Connection'); res.end('x'); },
  '/remove-cl-te': (req, res) => {
    res.removeHeader('Content-Length');
    res.removeHeader('Transfer-Encoding');
    res.write('stream');
    res.end();
  },
  '/te': (req, res) => { res.setHeader('Transfer-Encoding', 'chunked'); res.end('x'); },
  '/trailers': (req, res) => {
    res.setHeader('Trailer', 'X-Sum');
    res.write('data');
    res.addTrailers({ 'X-Sum': 'abc' });
    res.end();
  },
  '/204': (req, res) => { res.writeHead(204); res.end('ignored'); },
  '/304': (req, res) => { res.statusCode = 304; res.end(); },
  '/204-chunked': (req, res) => { res.writeHead(204, { 'Transfer-Encoding': 'chunked' }); res.end(); },
  '/status-message': (req, res) => { res.statusMessage = 'Very Fine'; res.end(); },
  '/unknown-status': (req, res) => { res.writeHead(599); res.end(); },
  '/flush': (req, res) => { res.flushHeaders(); setImmediate(() => res.end('later')); },
  '/utf8': (req, res) => res.end('héllo wörld'),
  '/latin1-header': (req, res) => { res.setHeader('X-L', 'caf\u00e9'); res.end(); },
  '/head': (req, res) => res.end('body of head'),
};

const server = http.createServer((req, res) => {
  const h = handlers[req.url.replace(/\?.*/, '')];
  if (h) h(req, res);
  else res.end('unknown');
});

const cases = Object.keys(handlers).map((path) => [path, `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`]);
cases.push(['HEAD /head', 'HEAD /head HTTP/1.1\r\nHost: x\r\n\r\n', { head: true }]);
cases.push(['HTTP/1.0', 'GET /end HTTP/1.0\r\n\r\n', { waitClose: true }]);
cases.push(['HTTP/1.0 chunked', 'GET /write HTTP/1.0\r\n\r\n', { waitClose: true }]);
cases.push(['HTTP/1.0 te', 'GET /write HTTP/1.0\r\nTE: chunked\r\n\r\n', { waitClose: true }]);
cases.push(['HTTP/1.0 keep-alive', 'GET /end HTTP/1.0\r\nConnection: keep-alive\r\n\r\n']);
cases.push(['HTTP/1.0 keep-alive chunked', 'GET /write HTTP/1.0\r\nConnection: keep-alive\r\n\r\n',
  { waitClose: true }]);
cases.push(['client close', 'GET /end HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', { waitClose: true }]);
cases.push(['conn-close', 'GET /conn-close HTTP/1.1\r\nHost: x\r\n\r\n', { waitClose: true }]);
cases.push(['remove-cl-te', 'GET /remove-cl-te HTTP/1.1\r\nHost: x\r\n\r\n', { waitClose: true }]);
cases.push(['204-chunked', 'GET /204-chunked HTTP/1.1\r\nHost: x\r\n\r\n', { waitClose: true }]);

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const [name, raw, opts] of cases) {
    console.log(`--- ${name}`);
    console.log(await exchange(port, raw, opts));
  }
  server.close(() => console.log('server closed'));
});
