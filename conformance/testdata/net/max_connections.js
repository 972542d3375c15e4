'use strict';
// maxConnections: connections beyond it are closed at once, with a 'drop'
// event carrying their addresses.
const net = require('net');
const { record } = require('./_trace');

let closes = 0;
function closed() {
  if (++closes === 2) server.close(() => record('server', 'closed'));
}
const server = net.createServer((sock) => {
  record('server', `connection ${server._connections}`);
  sock.on('close', () => {
    record('server', 'socket close');
    closed();
  });
});
server.maxConnections = 1;
server.on('drop', (data) => {
  record('server', `drop ${Object.keys(data).join(',')} ${data.localAddress} ${data.remoteAddress} ${data.localFamily} ${typeof data.remotePort}`);
  first.destroy();
});
let first;
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  first = net.connect(port, '127.0.0.1', () => {
    const second = net.connect(port, '127.0.0.1');
    second.on('connect', () => record('second', 'connect'));
    second.on('end', () => record('second', 'end'));
    second.on('error', (err) => record('second', `error ${err.code}`));
    second.on('close', () => {
      record('second', 'close');
      closed();
    });
    second.resume();
  });
  first.on('close', () => record('first', 'close'));
});
