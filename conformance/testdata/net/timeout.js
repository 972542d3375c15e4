'use strict';
// setTimeout: 'timeout' after that long without activity (it does not
// close the socket), the callback form, setTimeout(0) turning it off, and
// the timeout property.
const net = require('net');

const server = net.createServer((sock) => {
  sock.on('data', () => {});
  sock.on('end', () => sock.end());
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  console.log('timeout before', c.timeout);
  c.setTimeout(30, () => {
    console.log('timeout callback', c.timeout, c.destroyed, c.readyState);
    // Activity pushes the timeout back; the second 'timeout' comes later.
    c.write('x');
    c.once('timeout', () => {
      console.log('second timeout');
      const r = c.setTimeout(0);
      console.log('setTimeout(0) returns the socket', r === c, c.timeout);
      setTimeout(() => {
        console.log('no more timeouts');
        c.end();
      }, 60);
    });
  });
  c.on('timeout', () => console.log('timeout event'));
  c.on('close', () => server.close(() => console.log('done')));
});
