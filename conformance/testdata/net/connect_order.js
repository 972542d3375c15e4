'use strict';
// A client connecting to a server of the same process: libuv sees the
// listener's connection and the client's finished connect in one poll,
// the listener first, so 'connection' (and the server's first write
// callback) come before the client's 'connect' and 'ready', and all before
// the turn's immediates. The exchange that follows keeps node's order.
const net = require('net');

const log = (...a) => console.log(...a);
const server = net.createServer((c) => {
  log('S connection');
  c.on('data', (d) => log('S data', String(d)));
  c.on('end', () => { log('S end'); });
  c.on('finish', () => log('S finish'));
  c.on('close', () => { log('S close'); server.close(() => log('server closed')); });
  c.write('welcome', () => log('S write cb'));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', () => log('C connect'));
  c.on('ready', () => log('C ready'));
  c.on('data', (d) => { log('C data', String(d)); c.end('bye', () => log('C end cb')); });
  c.on('end', () => log('C end'));
  c.on('finish', () => log('C finish'));
  c.on('close', () => log('C close'));
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('tick'));
});
