'use strict';
// The module's shape and helpers: isIP/isIPv4/isIPv6, the classes and
// their prototypes, socket properties before connecting, Stream alias.
const net = require('net');

for (const s of ['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '01.2.3.4', '::', '::1',
  '::ffff:127.0.0.1', 'fe80::1%eth0', 'fe80::1%', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', 'x', '', 123]) {
  console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
}
console.log(net.isIP(), net.isIP(null), net.isIP({ toString() { return '1.1.1.1'; } }));
console.log(Object.keys(net).join(','));
console.log(net.Stream === net.Socket, typeof net.BlockList, typeof net.SocketAddress);
console.log(Object.getOwnPropertyNames(net.Socket.prototype).join(','));
console.log(Object.getOwnPropertyNames(net.Server.prototype).join(','));
const s = new net.Socket();
console.log(Object.keys(s).join(','));
console.log(s.readyState, s.pending, s.connecting, s.bufferSize, s.bytesRead, s.bytesWritten,
  s.remoteAddress, s.localPort, JSON.stringify(s.address()), s.timeout, s.allowHalfOpen);
console.log(s.setNoDelay() === s, s.setKeepAlive(true, 1000) === s, s.ref() === s, s.unref() === s);
console.log(s instanceof require('stream').Duplex, net.Socket.name, net.Server.name, net.Socket.length);
const sv = new net.Server();
console.log(Object.keys(sv).join(','));
console.log(sv.listening, sv.address(), sv.maxConnections, sv.ref() === sv, sv.unref() === sv);
console.log(net.Server() instanceof net.Server, net.Socket() instanceof net.Socket);
console.log(typeof net.Server.prototype[Symbol.for('nodejs.asyncDispose')]);
s.destroy();
