'use strict';
// dgram's argument checks and state errors: codes, classes and messages.
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'returned', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('bad type', () => dgram.createSocket('udp5'));
attempt('no type', () => dgram.createSocket());
attempt('bad lookup', () => dgram.createSocket({ type: 'udp4', lookup: 1 }));
attempt('bad signal', () => dgram.createSocket({ type: 'udp4', signal: {} }));

const s = dgram.createSocket('udp4');
attempt('send port 0', () => s.send('a', 0));
attempt('send port -1', () => s.send('a', -1));
attempt('send port string', () => s.send('a', 'x'));
attempt('send port 65536', () => s.send('a', 65536));
attempt('send number', () => s.send(1, 5));
attempt('send list of numbers', () => s.send([1], 5));
attempt('send object', () => s.send({}, 5));
attempt('send bad address', () => s.send('a', 5, 7));
attempt('send offset out of bounds', () => s.send('abc', 4, 1, 5, '127.0.0.1'));
attempt('send length out of bounds', () => s.send('abc', 1, 5, 5, '127.0.0.1'));
attempt('connect port 0', () => s.connect(0));
attempt('connect bad address', () => s.connect(5, 7));
attempt('disconnect', () => s.disconnect());
attempt('remoteAddress', () => s.remoteAddress());
attempt('setTTL string', () => s.setTTL('a'));
attempt('setMulticastTTL string', () => s.setMulticastTTL('a'));
attempt('setMulticastInterface number', () => s.setMulticastInterface(1));
attempt('addMembership none', () => s.addMembership());
attempt('dropMembership none', () => s.dropMembership());
attempt('setRecvBufferSize -1', () => s.setRecvBufferSize(-1));
attempt('setSendBufferSize 1.5', () => s.setSendBufferSize(1.5));
attempt('sendto no offset', () => s.sendto('a', 'x', 1, 5, '127.0.0.1'));
attempt('sendto no address', () => s.sendto('a', 0, 1, 5));
// Unbound: the options need a socket.
attempt('setBroadcast unbound', () => s.setBroadcast(true));
attempt('setTTL unbound', () => s.setTTL(5));
attempt('setMulticastLoopback unbound', () => s.setMulticastLoopback(true));
attempt('address unbound', () => s.address());
try {
  s.getRecvBufferSize();
} catch (e) {
  console.log('getRecvBufferSize unbound', e.name, e.code, e.message);
  console.log(Object.keys(e), e.info, e.errno, e.syscall);
}

s.bind(0, '127.0.0.1', () => {
  attempt('bind again', () => s.bind(0));
  attempt('setTTL 0', () => s.setTTL(0));
  attempt('setTTL 256', () => s.setTTL(256));
  attempt('setTTL 64', () => s.setTTL(64));
  attempt('setMulticastTTL 256', () => s.setMulticastTTL(256));
  attempt('setMulticastTTL 3', () => s.setMulticastTTL(3));
  attempt('setBroadcast', () => s.setBroadcast(true));
  attempt('setMulticastLoopback', () => s.setMulticastLoopback(false));
  attempt('setMulticastInterface bad', () => s.setMulticastInterface('::1'));
  attempt('setMulticastInterface', () => s.setMulticastInterface('127.0.0.1'));
  attempt('addMembership bad', () => s.addMembership('not an ip'));
  attempt('getSendQueueSize', () => s.getSendQueueSize());
  console.log('queue', s.getSendQueueSize(), s.getSendQueueCount());
  s.close(() => {
    console.log('closed');
    attempt('close again', () => s.close());
    attempt('address closed', () => s.address());
    attempt('bind closed', () => s.bind(0));
    attempt('send closed', () => s.send('a', 5, '127.0.0.1'));
    attempt('ref closed', () => s.ref());
    attempt('unref closed', () => s.unref());
  });
});
