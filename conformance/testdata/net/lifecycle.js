'use strict';
// The events of a whole connection, on both sides, in order: connection,
// connect/ready, data, end, finish, close (hadError false), and
// readyState along the way.
const net = require('net');
const { trace } = require('./_trace');

const server = net.createServer();
trace('server', server, ['listening', 'connection', 'close', 'error']);
server.on('connection', (sock) => {
  trace('  accepted', sock);
  console.log('  accepted readyState', sock.readyState, 'pending', sock.pending, 'connecting', sock.connecting);
  sock.on('data', () => sock.write('pong'));
  sock.on('end', () => {
    console.log('  accepted readyState after end', sock.readyState);
    sock.end();
  });
  sock.on('close', () => server.close());
});
server.listen(0, () => {
  const client = new net.Socket();
  console.log('client before', client.readyState, client.pending, client.connecting);
  trace('client', client);
  client.connect(server.address().port, '127.0.0.1');
  console.log('client connecting', client.readyState, client.pending, client.connecting);
  client.on('connect', () => {
    console.log('client after connect', client.readyState, client.pending);
    client.write('ping');
  });
  client.on('data', () => {
    client.end();
    console.log('client after end()', client.readyState);
  });
  client.on('close', () => console.log('client final', client.readyState, client.destroyed));
});
