'use strict';
// net.BlockList and net.SocketAddress: rules (newest first), check() with
// IPv4-mapped IPv6, SocketAddress defaults and inspect output, and the
// argument errors.
const net = require('net');

const b = new net.BlockList();
b.addAddress('1.2.3.4');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('192.168.0.0', 16);
b.addAddress('::1', 'ipv6');
b.addSubnet('8592:757c:efae:4e45::', 64, 'IPv6');
console.log(b.rules, b);
console.log(b.check('1.2.3.4'), b.check('10.0.0.5'), b.check('10.0.0.11'), b.check('192.168.5.5'),
  b.check('::1', 'ipv6'), b.check('::ffff:1.2.3.4', 'ipv6'), b.check('1.2.3.4', 'ipv6'),
  b.check('8592:757c:efae:4e45:f::', 'ipv6'), b.check('x'));
const fails = [
  () => b.addAddress(1), () => b.addAddress('x'), () => b.addAddress('1.2.3.4', 'ipv5'),
  () => b.addRange('10.0.0.5', '10.0.0.1'), () => b.addSubnet('1.2.3.4', 33), () => b.addSubnet('1.2.3.4', '8'),
  () => b.check(5),
  () => new net.SocketAddress({ address: 'x' }), () => new net.SocketAddress({ port: -1 }),
  () => new net.SocketAddress({ family: 'x' }), () => new net.SocketAddress(5),
  () => new net.SocketAddress({ flowlabel: -1 }), () => new net.SocketAddress({ address: 5 }),
];
for (const f of fails) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const s = new net.SocketAddress({ address: '1.2.3.4', port: 80 });
console.log(s, s.address, s.port, s.family, s.flowlabel, s.toJSON(), JSON.stringify(s));
console.log(new net.SocketAddress(), new net.SocketAddress({ family: 'ipv6', address: '::0001' }));
b.addAddress(new net.SocketAddress({ address: '5.6.7.8' }));
console.log(b.check(new net.SocketAddress({ address: '5.6.7.8' })), b.rules[0]);
console.log(net.SocketAddress.isSocketAddress(s), net.SocketAddress.isSocketAddress({}));
console.log(Object.getOwnPropertyNames(net.BlockList.prototype), Object.getOwnPropertyNames(net.SocketAddress.prototype));
