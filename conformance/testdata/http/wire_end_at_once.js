'use strict';
// res.end() on an idle connection: the head and body leave in one write.
// The bytes (encodings, framing, headers the program set) and the events
// ('prefinish', 'finish', the end callback, 'close') must be Node's, and
// the keep-alive timeout must still close an idle connection.
const http = require('http');
const { exchange } = require('./_raw');

const events = [];
const handlers = {
  '/utf8': (req, res) => res.end('héllo €'),
  '/latin1': (req, res) => res.end('héllo', 'latin1'),
  '/utf-8-name': (req, res) => res.end('é', 'utf-8'),
  '/hex': (req, res) => res.end('6869', 'hex'),
  '/buffer': (req, res) => res.end(Buffer.from('buf')),
  '/uint8': (req, res) => res.end(new Uint8Array([104, 105])),
  '/empty-string': (req, res) => res.end(''),
  '/chunked': (req, res) => { res.writeHead(200); res.end('chunk'); },
  '/chunked-buffer': (req, res) => { res.writeHead(200); res.end(Buffer.from('é')); },
  '/chunked-empty': (req, res) => { res.writeHead(200); res.end(); },
  '/numbers': (req, res) => { res.writeHead(200, { 'Content-Length': 2, 'X-N': 1.5 }); res.end('ok'); },
  '/latin1-header': (req, res) => { res.setHeader('X-L', 'caf\u00e9'); res.end('x'); },
  '/bad-header': (req, res) => {
    try {
      res.writeHead(200, { 'X-Bad': 'a\nb' });
    } catch (e) {
      res.end(e.code);
    }
  },
  '/no-content': (req, res) => { res.statusCode = 204; res.end('dropped'); },
  '/status-message': (req, res) => { res.statusMessage = 'Very Fine'; res.end('x'); },
  '/events': (req, res) => {
    res.on('prefinish', () => events.push('prefinish'));
    res.on('finish', () => events.push('finish'));
    res.on('close', () => events.push('close'));
    req.on('end', () => events.push('req end'));
    req.on('close', () => events.push('req close'));
    res.end('e', () => events.push('end callback'));
    events.push(`after end: finished=${res.finished} headersSent=${res.headersSent} ended=${res.writableEnded}`);
  },
  '/corked': (req, res) => { res.cork(); res.end('corked'); },
  '/head': (req, res) => res.end('not sent'),
};

const server = http.createServer((req, res) => handlers[req.url.split('?')[0]](req, res));
server.keepAliveTimeout = 200;

const get = (path, v = '1.1') => `GET ${path} HTTP/${v}\r\nHost: x\r\n\r\n`;

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const path of Object.keys(handlers)) {
    if (path === '/head') continue;
    console.log(path);
    console.log(await exchange(port, get(path)));
  }
  console.log('/head');
  console.log(await exchange(port, `HEAD /head HTTP/1.1\r\nHost: x\r\n\r\n`, { head: true }));
  console.log('HTTP/1.0');
  console.log(await exchange(port, get('/utf8', '1.0'), { waitClose: true }));
  console.log('pipelined');
  console.log(await exchange(port, [get('/buffer') + get('/chunked') + get('/utf8')], { responses: 3 }));
  console.log('events:', events.join(', '));
  console.log('keep-alive timeout');
  const t0 = Date.now();
  console.log(await exchange(port, get('/buffer'), { waitClose: true }));
  console.log('closed after the timeout:', Date.now() - t0 >= 200);
  server.close();
});
