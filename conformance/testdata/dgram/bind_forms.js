'use strict';
// bind() forms and outcomes: (port, address, cb), ({ port, address }),
// (cb), bind errors as 'error' events (EADDRINUSE, EADDRNOTAVAIL, a bad
// address), reuseAddr sharing a port, the bind callback dropped after an
// error, close callbacks, bind({ fd }) of a bad descriptor, and the
// listening/close event order.
const dgram = require('dgram');

const steps = [
  (next) => {
    const a = dgram.createSocket('udp4');
    a.bind({ port: 0, address: '127.0.0.1' }, function() {
      console.log('object form', this === a, a.address().address);
      const b = dgram.createSocket('udp4');
      b.on('error', (err) => {
        console.log('in use:', err.code, err.errno, err.syscall, err.address, err.port === a.address().port,
          err.message.replace(/:\d+$/, ':PORT'));
        console.log('listeners after error', b.listenerCount('listening'), b.listenerCount('error'));
        b.close();
        a.close(next);
      });
      b.bind(a.address().port, '127.0.0.1', () => console.log('must not be called'));
    });
  },
  (next) => {
    const a = dgram.createSocket('udp4');
    a.on('error', (err) => {
      console.log('not local:', err.code, err.syscall, err.address, err.message);
      a.close(next);
    });
    a.bind(0, '192.0.2.1');
  },
  (next) => {
    const a = dgram.createSocket('udp4');
    a.on('error', (err) => {
      console.log('wrong family:', err.code, err.syscall, err.address, err.message);
      a.close(next);
    });
    a.bind(0, '::1');
  },
  (next) => {
    const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    a.bind(0, '127.0.0.1', () => {
      b.bind(a.address().port, '127.0.0.1', () => {
        console.log('reuseAddr shares', a.address().port === b.address().port);
        a.close();
        b.close(next);
      });
    });
  },
  (next) => {
    const a = dgram.createSocket('udp4');
    const order = [];
    a.on('listening', () => order.push('listening'));
    a.on('close', () => {
      order.push('close');
      console.log('order', order.join(' '));
      next();
    });
    a.bind(() => {
      order.push('bind callback');
      console.log('default address', a.address().address);
      a.close(() => order.push('close callback'));
    });
  },
  (next) => {
    const a = dgram.createSocket('udp4');
    try {
      a.bind({ fd: 1 });
    } catch (e) {
      console.log('bind fd 1:', e.name, e.code, e.message);
    }
    a.close(next);
  },
  (next) => {
    const a = dgram.createSocket('udp6');
    a.bind({ port: 0, address: '::1', exclusive: true }, () => {
      const addr = a.address();
      console.log('udp6', addr.address, addr.family);
      const b = dgram.createSocket('udp6');
      b.send('six', addr.port, '::1');
      a.once('message', (msg, rinfo) => {
        console.log('udp6 message', msg.toString(), rinfo.address, rinfo.family);
        b.close();
        a.close(next);
      });
    });
  },
];

function run(i) {
  if (i === steps.length) {
    console.log('done');
    return;
  }
  steps[i](() => run(i + 1));
}
run(0);
