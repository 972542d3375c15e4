'use strict';
// Connecting from a chosen local address or port: the socket is bound
// first, as node does, so a bad local address is a 'bind' error naming it,
// and a local port already taken is EADDRINUSE from bind (libuv keeps it
// for later; node sees the port the socket did not get). An error the
// connect(2) call gives at once is reported with the socket's own address.
const net = require('net');

const server = net.createServer((c) => {
  console.log('server: client port is the one asked for', c.remotePort === wantPort);
  c.end();
});
let wantPort;

function show(label, port) {
  return (e) => {
    const msg = e.message.split(String(port)).join('PORT');
    console.log(label, e.code, e.syscall, e.address, e.port === port ? 'PORT' : e.port, msg);
  };
}

const steps = [
  (next) => {
    const c = net.connect({ port: 81, host: '127.0.0.1', localAddress: '10.255.255.1' });
    c.on('error', show('bad local address', 81));
    c.on('close', next);
  },
  (next) => {
    const port = server.address().port;
    const c = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: port });
    c.on('error', show('local port taken', port));
    c.on('close', next);
  },
  (next) => {
    // A free local port: bind a throwaway server to find one.
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      wantPort = probe.address().port;
      probe.close(() => {
        const c = net.connect({ port: server.address().port, host: '127.0.0.1', localPort: wantPort }, () => {
          console.log('client: local port is the one asked for', c.localPort === wantPort, c.localAddress);
        });
        c.on('close', next);
      });
    });
  },
  (next) => {
    const c = net.connect({ port: 81, host: '255.255.255.255' });
    c.on('error', show('broadcast', 81));
    c.on('close', next);
  },
  (next) => {
    // Several addresses (autoSelectFamily): each attempt binds first, and
    // its bind error is one of the aggregate's.
    const port = server.address().port;
    const c = net.connect({
      port, host: 'example.test', localPort: port, autoSelectFamily: true,
      lookup: (host, opts, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }, { address: '127.0.0.2', family: 4 }]),
    });
    c.on('error', (e) => {
      console.log('multiple', e.name, e.code, (e.errors || []).map((x) => `${x.syscall} ${x.code}`).join(', '));
    });
    c.on('close', next);
  },
];

server.listen(0, '127.0.0.1', () => {
  (function run() {
    const step = steps.shift();
    if (step) step(run);
    else server.close();
  })();
});
