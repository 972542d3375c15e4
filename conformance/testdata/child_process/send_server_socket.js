'use strict';
// A server's connection sent to a child: the sender's server stops counting
// it at once, getConnections() asks the child, and close() waits until the
// child has closed it (Node's NODE_SOCKET_* messages).
const { fork } = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  process.on('message', (msg, socket) => {
    if (msg === 'take') {
      console.log('child got socket', socket instanceof net.Socket);
      socket.on('data', (d) => {
        console.log('child read', d.toString());
        setTimeout(() => socket.end('bye'), 100);
      });
      process.send('ready');
    }
  });
  return;
}

const child = fork(__filename, ['child']);
const server = net.createServer((socket) => {
  console.log('connections before send', server._connections);
  child.send('take', socket);
  console.log('connections after send', server._connections);
  // A second send of the same socket carries no handle.
  child.send('again', socket);
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  child.on('message', (msg) => {
    console.log('parent got', msg);
    server.getConnections((err, n) => {
      console.log('getConnections', err, n);
      client.write('hello');
      server.close(() => {
        console.log('server closed after the child closed its socket');
        child.disconnect();
      });
    });
  });
  client.on('data', (d) => console.log('client read', d.toString()));
});
