'use strict';
// Node's errors: ECONNREFUSED with its properties, EADDRINUSE from listen
// (message and properties, the port masked), connect errors for a unix
// socket path that does not exist, and the 'lookup' event for localhost.
const net = require('net');
const path = require('path');
const { describe } = require('./_trace');

function show(label, err, port) {
  // Only ports picked by the system vary.
  const mask = (s) => (port > 1024 ? String(s).split(String(port)).join('PORT') : String(s));
  console.log(label, mask(describe(err)));
  console.log('  keys', Object.keys(err).join(','), 'port', mask(err.port));
  console.log('  instanceof Error', err instanceof Error, 'name', err.name);
}

const steps = [
  (next) => {
    const c = net.connect(1, '127.0.0.1');
    c.on('error', (err) => show('refused', err, 1));
    c.on('close', (hadError) => { console.log('refused close', hadError, c.destroyed); next(); });
  },
  (next) => {
    const c = net.connect({ port: 1 });
    c.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
    c.on('connectionAttempt', (ip, port, family) => console.log('attempt', ip, port, family));
    c.on('connectionAttemptFailed', (ip, port, family, err) => console.log('attempt failed', ip, port, family, err.code));
    c.on('error', (err) => show('refused localhost', err, 1));
    c.on('close', next);
  },
  (next) => {
    const a = net.createServer().listen(0, () => {
      const port = a.address().port;
      const b = net.createServer();
      b.on('error', (err) => {
        show('in use', err, port);
        console.log('  listening', b.listening, 'address', b.address());
        a.close(next);
      });
      b.listen(port);
    });
  },
  (next) => {
    const a = net.createServer().listen(0, '127.0.0.1', () => {
      const port = a.address().port;
      const b = net.createServer();
      b.on('error', (err) => { show('in use v4', err, port); a.close(next); });
      b.listen(port, '127.0.0.1');
    });
  },
  (next) => {
    const c = net.connect(path.join(__dirname, 'no-such.sock'));
    c.on('error', (err) => show('no socket', err));
    c.on('close', next);
  },
  (next) => {
    const s = net.createServer();
    s.on('error', (err) => { show('bad address', err); next(); });
    s.listen(0, '1.2.3.4');
  },
];

function go(i) {
  if (i < steps.length) steps[i](() => go(i + 1));
}
go(0);
