'use strict';
// A server listening on the handle of another (listen(handle)), listen on
// a host name, and an IPv6-only server that an IPv4 client cannot reach.
const net = require('net');

const steps = [
  (next) => {
    // A server's handle moved into another server.
    const a = net.createServer();
    a.listen(0, '127.0.0.1', () => {
      const handle = a._handle;
      a._handle = null;
      const b = net.createServer((sock) => {
        console.log('b got a connection');
        sock.end();
        b.close(next);
      });
      b.listen(handle, () => {
        console.log('b listening', b.address().family, b.listening, a.listening);
        net.connect(b.address().port, '127.0.0.1').resume();
      });
    });
  },
  (next) => {
    const s = net.createServer();
    s.listen(0, 'localhost', () => {
      console.log('localhost', s.address().address, s.address().family);
      s.close(next);
    });
  },
  (next) => {
    const s = net.createServer();
    s.listen({ port: 0, host: '::1', ipv6Only: true }, () => {
      console.log('ipv6Only', s.address().address, s.address().family);
      const c = net.connect(s.address().port, '127.0.0.1');
      c.on('error', (err) => {
        console.log('v4 client', err.code);
        s.close(next);
      });
    });
  },
];
function go(i) {
  if (i < steps.length) steps[i](() => go(i + 1));
}
go(0);
