'use strict';
// new net.Socket({ fd }): the runner's stdout is a pipe, which a socket can
// write to; stdin is /dev/null, which is no socket or pipe.
const net = require('net');

try {
  new net.Socket({ fd: 0 });
} catch (err) {
  console.log(`${err.name} [${err.code}]: ${err.message}`);
}
const out = new net.Socket({ fd: 1, readable: false });
console.log('readyState', out.readyState, 'pending', out.pending, 'remoteAddress', out.remoteAddress);
out.write('written through net.Socket\n', () => {
  out.end(() => console.log('ended'));
});
