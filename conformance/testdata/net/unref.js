'use strict';
// An unref'd server and an unref'd socket do not keep the process alive;
// ref() again does; the process exits with them still open.
const net = require('net');

const server = net.createServer((sock) => {
  console.log('connection');
  sock.unref();
});
server.listen(0, () => {
  console.log('listening');
  const c = net.connect(server.address().port, () => {
    console.log('connected');
    c.unref();
    server.unref();
    console.log('all unref');
  });
});
// ref/unref before listening are remembered.
const other = net.createServer();
other.unref();
other.listen(0, () => console.log('other listening (unref before listen)'));
process.on('exit', (code) => console.log('exit', code, server.listening, other.listening));
