'use strict';
// dns.Resolver without the network: servers from resolv.conf (shape only),
// setServers forms, a server that refuses (nothing listens on port 9 of
// loopback), cancel, setServers while queries are pending, and the
// promises Resolver.
const dns = require('dns');

const servers = dns.getServers();
console.log(Array.isArray(servers), servers.length > 0, servers.every((s) => typeof s === 'string'));
console.log(Object.keys(new dns.Resolver()), typeof dns.Resolver.prototype.resolve4, dns.resolve4.name);

const r = new dns.Resolver({ timeout: 500, tries: 1 });
r.setServers(['1.2.3.4', '[::1]:53', '[::2]:5353', '4.4.4.4:54', '::3']);
console.log(r.getServers());
r.setServers([]);
console.log(r.getServers());
r.setServers(['127.0.0.1:9']);

r.resolve4('refused.test', (err, addrs) => {
  console.log('refused', err.code, err.errno, err.syscall, err.hostname, err.message, addrs);
  const c = new dns.Resolver({ timeout: 500, tries: 1 });
  c.setServers(['127.0.0.1:9']);
  c.resolveTxt('cancelled.test', (err) => {
    console.log('cancelled', err.code, err.syscall, err.hostname, err.message);
    const p = new dns.promises.Resolver({ timeout: 500, tries: 1 });
    p.setServers(['127.0.0.1:9']);
    p.resolve('promise.test', 'MX').catch((err) => {
      console.log('promise', err.code, err.syscall, err.hostname, err.message);
      return p.reverse('127.0.0.1');
    }).then((names) => console.log('reverse from hosts', Array.isArray(names)));
  });
  try {
    c.setServers(['127.0.0.2']);
  } catch (err) {
    console.log(`${err.name} [${err.code}]: ${err.message}`);
  }
  c.cancel();
});
