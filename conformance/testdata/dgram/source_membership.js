'use strict';
// Source-specific multicast: joining, leaving and the errors the kernel
// and libuv's parsing give, for IPv4 and IPv6 sockets, plus the scope of
// an IPv6 interface address (an unknown name is the default interface).
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.syscall || '', err.message);
  }
}

const steps = [
  (next) => {
    const s = dgram.createSocket('udp4');
    // Unbound: the join binds it to the any address, as libuv does.
    attempt('v4 join', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
    console.log('bound by join', s.address().address);
    attempt('v4 join again', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
    attempt('v4 join other source', () => s.addSourceSpecificMembership('127.0.0.2', '232.1.1.1', '0.0.0.0'));
    attempt('v4 drop', () => s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
    attempt('v4 drop again', () => s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
    attempt('v4 v6 source', () => s.addSourceSpecificMembership('::1', '232.1.1.1'));
    attempt('v4 bad iface', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1', 'eth0'));
    attempt('v4 unicast group', () => s.addSourceSpecificMembership('127.0.0.1', '10.0.0.1'));
    attempt('v4 bad group', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1'));
    attempt('v4 no group', () => s.addSourceSpecificMembership('127.0.0.1'));
    attempt('v4 iface number', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1', 1));
    s.close(next);
  },
  (next) => {
    const s = dgram.createSocket('udp6');
    s.bind(0, '::1', () => {
      attempt('v6 join', () => s.addSourceSpecificMembership('::1', 'ff3e::1234'));
      attempt('v6 join again', () => s.addSourceSpecificMembership('::1', 'ff3e::1234'));
      attempt('v6 drop', () => s.dropSourceSpecificMembership('::1', 'ff3e::1234'));
      attempt('v6 drop again', () => s.dropSourceSpecificMembership('::1', 'ff3e::1234'));
      attempt('v6 v4 source', () => s.addSourceSpecificMembership('127.0.0.1', 'ff3e::1234'));
      attempt('v6 iface unknown name', () => s.addSourceSpecificMembership('::1', 'ff3e::1235', '::%nosuch0'));
      attempt('v6 iface lo', () => s.addSourceSpecificMembership('::1', 'ff3e::1236', '::%lo'));
      attempt('v6 iface v4', () => s.addSourceSpecificMembership('::1', 'ff3e::1237', '127.0.0.1'));
      attempt('set iface unknown name', () => s.setMulticastInterface('::%nosuch0'));
      attempt('set iface numeric zone', () => s.setMulticastInterface('::%99'));
      attempt('set iface empty zone', () => s.setMulticastInterface('::%'));
      attempt('set iface v4 zone', () => s.setMulticastInterface('127.0.0.1%lo'));
      attempt('join iface unknown name', () => s.addMembership('ff3e::1238', '::%nosuch0'));
      s.close(next);
    });
  },
  (next) => {
    const s = dgram.createSocket('udp4');
    s.close(() => {
      attempt('closed', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
      attempt('closed drop', () => s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
      next();
    });
  },
];

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
