'use strict';
// autoSelectFamily (on by default in Node 20): a host with an IPv6 and an
// IPv4 address is tried on each in turn; the attempts are reported as
// events, the ones made are listed, and when all fail the error is an
// AggregateError of each attempt's.
const net = require('net');

const server = net.createServer((s) => s.end('hi')).listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const mask = (x) => (x instanceof Error ? x.message.replace(String(port), 'PORT') : x === port ? 'PORT' : x);
  const lookup = (host, opts, cb) => {
    console.log('lookup', host, JSON.stringify(opts));
    setImmediate(cb, null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]);
  };
  const c = net.connect({ port, host: 'dual.test', lookup });
  for (const ev of ['lookup', 'connectionAttempt', 'connectionAttemptFailed', 'connect', 'ready']) {
    c.on(ev, (...a) => console.log(ev, a.map(mask).join(' ')));
  }
  c.on('data', (d) => console.log('data', d.toString(), c.autoSelectFamilyAttemptedAddresses.map((a) => a.replace(String(port), 'PORT'))));
  c.on('close', () => {
    const c2 = net.connect({ port: 1, host: 'dual.test', lookup });
    c2.on('error', (e) => {
      console.log('all failed:', e.name, e.code, JSON.stringify(e.message), e.errors.map((x) => x.message));
      const c3 = net.connect({ port, host: 'dual.test', lookup, autoSelectFamily: false });
      c3.on('lookup', (...a) => console.log('single lookup', a.map(mask).join(' ')));
      c3.on('error', (err) => {
        console.log('without autoSelectFamily', err.message.replace(String(port), 'PORT'));
        server.close();
      });
    });
  });
});
