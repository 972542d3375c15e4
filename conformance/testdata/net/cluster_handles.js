// conformance: timeout=30s
// conformance: unordered
// Handles across the cluster channel, both ways: the primary passes an
// accepted socket to a worker (its own copy closes, unless keepOpen), and a
// worker passes its listening server to the primary, which then accepts on it.
'use strict';
const cluster = require('cluster');
const net = require('net');

function ask(port, text) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(text));
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('end', () => resolve(got));
    c.on('error', (e) => resolve('error ' + e.code));
  });
}

if (cluster.isPrimary) {
  const worker = cluster.fork();
  const plain = net.createServer({ pauseOnConnect: true }, (socket) => {
    const keepOpen = plain.sent++ === 1;
    worker.send({ cmd: 'socket', keepOpen }, socket, { keepOpen }, (err) => {
      console.log('primary: sent socket, keepOpen', keepOpen, 'error', err);
      setTimeout(() => console.log('primary: own copy destroyed', socket.destroyed), 50);
    });
    // With keepOpen the primary writes too, once the worker has written.
    if (keepOpen) worker.once('message', (m) => { if (m.cmd === 'wrote') socket.end(' +primary'); });
  });
  plain.sent = 0;
  plain.listen(0, '127.0.0.1', async () => {
    const port = plain.address().port;
    console.log('client 1 got:', await ask(port, 'one'));
    console.log('client 2 got:', await ask(port, 'two'));
    plain.close();
    worker.send({ cmd: 'give-server' });
  });
  let passed;
  worker.on('message', async (msg, handle) => {
    if (msg.cmd === 'server') {
      console.log('primary: got', handle instanceof net.Server, 'listening', handle.listening);
      handle.on('connection', (s) => s.end('served by primary'));
      passed = handle;
      return;
    }
    if (msg.cmd !== 'closed') return;
    // The worker's copy is closed: only the primary's accepts now.
    console.log('client 3 got:', await ask(passed.address().port, 'three'));
    passed.close();
    worker.disconnect();
  });
  worker.on('exit', (code) => console.log('worker exit', code));
} else {
  process.on('message', (msg, handle) => {
    if (msg.cmd === 'socket') {
      console.log('worker: got socket', handle instanceof net.Socket, 'keepOpen', msg.keepOpen);
      handle.on('data', (d) => {
        if (!msg.keepOpen) {
          handle.end('worker read ' + d);
          return;
        }
        // The primary's end() finishes the connection for both copies.
        handle.write('worker read ' + d, () => process.send({ cmd: 'wrote' }));
      });
      handle.resume();
    } else if (msg.cmd === 'give-server') {
      const server = net.createServer((s) => s.end('served by worker'));
      server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
        const port = server.address().port;
        process.send({ cmd: 'server', port }, server, (err) => {
          console.log('worker: sent server, error', err, 'still listening', server.listening);
          server.close(() => process.send({ cmd: 'closed' }));
        });
      });
    }
  });
}
