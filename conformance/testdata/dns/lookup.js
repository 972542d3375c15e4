'use strict';
// dns.lookup and lookupService without the network: localhost from the
// hosts file, IP literals, families, all, order, hints, a reserved name
// that cannot exist, and the dns/promises forms.
const dns = require('dns');
const dnsPromises = require('dns/promises');

function describe(err) {
  return { name: err.name, code: err.code, errno: err.errno, syscall: err.syscall, hostname: err.hostname, message: err.message };
}

const steps = [
  (next) => dns.lookup('localhost', (err, address, family) => { console.log('localhost', err, address, family); next(); }),
  (next) => dns.lookup('localhost', { all: true }, (err, list) => { console.log('all', err, list); next(); }),
  (next) => dns.lookup('LocalHost', 4, (err, address, family) => { console.log('family 4', err, address, family); next(); }),
  (next) => dns.lookup('localhost', { family: 'IPv4', hints: dns.ADDRCONFIG }, (err, address, family) => {
    console.log('IPv4 ADDRCONFIG', err, address, family); next();
  }),
  (next) => dns.lookup('localhost', { family: 6, hints: dns.V4MAPPED }, (err, address, family) => {
    console.log('V4MAPPED', err, address, family); next();
  }),
  (next) => dns.lookup('localhost', { family: 6, hints: dns.V4MAPPED | dns.ALL, all: true }, (err, list) => {
    console.log('V4MAPPED|ALL', err, list); next();
  }),
  (next) => dns.lookup('127.0.0.1', (err, address, family) => { console.log('literal', err, address, family); next(); }),
  (next) => dns.lookup('::1', { all: true, family: 4 }, (err, list) => { console.log('literal all', err, list); next(); }),
  (next) => dns.lookup('fe80::1%lo', (err, address, family) => { console.log('zone', err, address, family); next(); }),
  (next) => dns.lookup('localhost', { order: 'ipv6first', all: true }, (err, list) => { console.log('ipv6first', err, list); next(); }),
  (next) => dns.lookup('localhost', { verbatim: false }, (err, address) => { console.log('verbatim false', err, address); next(); }),
  (next) => dns.lookup('nonexistent.invalid', (err) => { console.log('invalid', describe(err)); next(); }),
  (next) => dns.lookup('nonexistent.invalid', { all: true }, (err, list) => { console.log('invalid all', describe(err), list); next(); }),
  (next) => dns.lookupService('127.0.0.1', 22, (err, hostname, service) => { console.log('service', err, hostname, service); next(); }),
  (next) => dns.lookupService('127.0.0.1', '54321', (err, hostname, service) => { console.log('service number', err, hostname, service); next(); }),
  (next) => dnsPromises.lookup('localhost').then((r) => { console.log('promise', r); next(); }),
  (next) => dnsPromises.lookup('localhost', { all: true, order: 'ipv4first' }).then((r) => { console.log('promise all', r); next(); }),
  (next) => dnsPromises.lookup('10.0.0.1', 0).then((r) => { console.log('promise literal', r); next(); }),
  (next) => dnsPromises.lookup('nonexistent.invalid').catch((e) => { console.log('promise error', describe(e)); next(); }),
  (next) => dnsPromises.lookupService('127.0.0.1', 22).then((r) => { console.log('promise service', r); next(); }),
  (next) => dns.promises.lookup('', { all: true }).then((r) => { console.log('empty', r); next(); }),
  (next) => dns.lookup(null, 6, (...args) => { console.log('null', args); next(); }),
];

console.log(dns.promises === dnsPromises, dns.getDefaultResultOrder());
console.log(dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NODATA, dns.NOTFOUND, dns.CANCELLED, dns.TIMEOUT);
const req = dns.lookup('localhost', () => {});
console.log(req.constructor.name, req.hostname, req.family, typeof req.oncomplete);
console.log(dns.lookup('127.0.0.1', () => {}));

let i = 0;
(function next() {
  if (i < steps.length) steps[i++](next);
  else {
    dns.setDefaultResultOrder('ipv4first');
    console.log('order', dns.getDefaultResultOrder(), dnsPromises.getDefaultResultOrder());
  }
})();
