'use strict';
// The order of events around one exchange, on each side: request and
// response 'finish', 'end', 'close', the socket's 'close', and what a
// client that goes away mid-request does to the server's request
// ('aborted', 'close', an ECONNRESET 'error' only when listened for).
// Each side's events are listed apart: how the two interleave is up to
// the event loop.
const http = require('http');
const net = require('net');

let lines = { server: [], client: [] };
const log = (...a) => {
  const text = a.join(' ');
  (text.startsWith('client') ? lines.client : lines.server).push(text);
};
function flush(title) {
  console.log(`=== ${title}`);
  for (const side of ['server', 'client']) {
    for (const l of lines[side]) console.log(l);
  }
  lines = { server: [], client: [] };
}

function watch(name, emitter, events) {
  for (const ev of events) {
    emitter.on(ev, (arg) => log(`${name} ${ev}${arg instanceof Error ? ` ${arg.code} ${arg.message}` : ''}`));
  }
}

function normal() {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      watch('server req', req, ['data', 'end', 'close', 'aborted']);
      watch('server res', res, ['finish', 'close', 'prefinish']);
      req.resume();
      req.on('end', () => {
        res.setHeader('X-A', '1');
        res.end('done', () => log('server res end callback'));
        log('server after end: finished', res.finished, 'writableEnded', res.writableEnded, 'headersSent', res.headersSent);
      });
    });
    server.on('connection', (s) => watch('server socket', s, ['close']));
    server.listen(0, '127.0.0.1', () => {
      const req = http.request({ port: server.address().port, method: 'POST', agent: false }, (res) => {
        log('client response', res.statusCode, res.headers['content-length']);
        watch('client res', res, ['end', 'close', 'aborted']);
        res.on('data', (d) => log('client data', String(d)));
      });
      watch('client req', req, ['socket', 'finish', 'close', 'error']);
      req.on('close', () => server.close(resolve));
      req.end('body');
    });
  });
}

function clientGone() {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      watch('server req', req, ['end', 'close', 'aborted', 'error']);
      watch('server res', res, ['finish', 'close']);
      req.on('data', (d) => {
        log('server got', String(d));
        client.destroy();
      });
      res.on('close', () => {
        log('server aborted', req.aborted, 'complete', req.complete, 'res.writableEnded', res.writableEnded);
        server.close(resolve);
      });
    });
    let client;
    server.listen(0, '127.0.0.1', () => {
      client = net.connect(server.address().port, '127.0.0.1', () => {
        client.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\npartial');
      });
    });
  });
}

function serverGone() {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'Content-Length': 100 });
      res.write('part', () => req.socket.destroy());
    });
    server.listen(0, '127.0.0.1', () => {
      const req = http.get({ port: server.address().port, agent: false }, (res) => {
        watch('client res', res, ['end', 'close', 'aborted', 'error']);
        res.on('data', (d) => log('client data', String(d)));
        res.on('close', () => {
          log('client complete', res.complete, 'aborted', res.aborted);
          server.close(resolve);
        });
      });
      watch('client req', req, ['close', 'error']);
    });
  });
}

(async () => {
  await normal();
  flush('normal');
  await clientGone();
  flush('client gone');
  await serverGone();
  flush('server gone');
})();
