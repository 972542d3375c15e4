'use strict';
// Argument errors of dns and dns/promises, with node's codes and messages.
const dns = require('dns');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'returned', typeof r);
  } catch (err) {
    console.log(label, `${err.name} [${err.code}]: ${err.message}`, err.errno, err.syscall, err.hostname);
  }
}

const cb = () => {};
attempt('hostname', () => dns.lookup(1, cb));
attempt('no callback', () => dns.lookup('localhost'));
attempt('options string', () => dns.lookup('x', 'a', cb));
attempt('options string no cb', () => dns.lookup('x', 'a'));
attempt('family 5', () => dns.lookup('x', 5, cb));
attempt('options.family', () => dns.lookup('x', { family: 5 }, cb));
attempt('options.family string', () => dns.lookup('x', { family: 'x' }, cb));
attempt('hints', () => dns.lookup('x', { hints: 1 }, cb));
attempt('hints type', () => dns.lookup('x', { hints: '1' }, cb));
attempt('all', () => dns.lookup('x', { all: 1 }, cb));
attempt('verbatim', () => dns.lookup('x', { verbatim: 'yes' }, cb));
attempt('order', () => dns.lookup('x', { order: 'random' }, cb));
attempt('setDefaultResultOrder', () => dns.setDefaultResultOrder('x'));
attempt('lookupService args', () => dns.lookupService('127.0.0.1', 22));
attempt('lookupService address', () => dns.lookupService('localhost', 22, cb));
attempt('lookupService address type', () => dns.lookupService(1, 22, cb));
attempt('lookupService port', () => dns.lookupService('127.0.0.1', 65536, cb));
attempt('lookupService port type', () => dns.lookupService('127.0.0.1', null, cb));
attempt('lookupService callback', () => dns.lookupService('127.0.0.1', 22, 'x'));
attempt('resolve name', () => dns.resolve4(1, cb));
attempt('resolve callback', () => dns.resolve4('x'));
attempt('resolve rrtype', () => dns.resolve('x', 'BOGUS', cb));
attempt('resolve rrtype type', () => dns.resolve('x', 1, cb));
attempt('reverse', () => dns.reverse('not-an-ip', cb));
attempt('Resolver timeout', () => new dns.Resolver({ timeout: -2 }));
attempt('Resolver timeout type', () => new dns.Resolver({ timeout: '1' }));
attempt('Resolver timeout float', () => new dns.Resolver({ timeout: 1.5 }));
attempt('Resolver tries', () => new dns.Resolver({ tries: 0 }));
attempt('setServers type', () => dns.setServers('1.1.1.1'));
attempt('setServers entry', () => dns.setServers([1]));
attempt('setServers address', () => dns.setServers(['1.1.1.1', 'dns.example']));
attempt('setLocalAddress type', () => new dns.Resolver().setLocalAddress(1));
attempt('setLocalAddress ipv6 type', () => new dns.Resolver().setLocalAddress('1.1.1.1', 6));
attempt('setLocalAddress invalid', () => new dns.Resolver().setLocalAddress('x'));
attempt('setLocalAddress two v4', () => new dns.Resolver().setLocalAddress('1.1.1.1', '2.2.2.2'));
attempt('setLocalAddress two v6', () => new dns.Resolver().setLocalAddress('::1', '::2'));
attempt('setLocalAddress ok', () => new dns.Resolver().setLocalAddress('127.0.0.1', '::1'));
attempt('promises lookup', () => dns.promises.lookup('x', { family: 3 }));
attempt('promises lookup options', () => dns.promises.lookup('x', true));
attempt('promises lookupService', () => dns.promises.lookupService('127.0.0.1'));
attempt('promises resolve', () => dns.promises.resolve4(1));
attempt('promises rrtype', () => dns.promises.resolve('x', 'BOGUS'));
attempt('promises Resolver', () => new dns.promises.Resolver({ tries: 1.5 }));
