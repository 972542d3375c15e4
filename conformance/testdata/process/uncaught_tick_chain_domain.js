'use strict';
// The same chain through a domain: its 'error' listener queues a tick that
// throws inside the domain again; the immediate still runs (node's
// test-next-tick-error-spin).
const domain = require('domain');
const d = domain.create();
let errors = 0;
d.on('error', (err) => {
  errors++;
  if (errors <= 3) console.log('domain error', errors, err.message);
  throwInDomainSoon();
});
function throwInDomainSoon() {
  process.nextTick(() => d.run(() => { throw new Error('x'); }));
}
throwInDomainSoon();
setImmediate(() => {
  console.log('immediate ran after', errors, 'errors');
  process.exit(0);
});
