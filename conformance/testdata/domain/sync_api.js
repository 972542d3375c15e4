'use strict';
// domain's synchronous API: create, run (arguments, return value, this),
// process.domain and domain.active through enter/exit and nesting, the
// stack, bind, intercept (an error first argument goes to the domain's
// 'error'), add/remove of members.
const domain = require('domain');
const EventEmitter = require('events');

console.log('exports', Object.keys(domain).join(','));
console.log('before', process.domain, domain.active, domain._stack.length);
console.log('usingDomains', EventEmitter.usingDomains);

const d = domain.create();
console.log('is a Domain', d instanceof domain.Domain, d instanceof EventEmitter, domain.createDomain !== undefined);
console.log('members', d.members);

const ret = d.run(function(a, b) {
  console.log('in run', this === d, a, b, process.domain === d, domain.active === d, domain._stack.length);
  return a + b;
}, 2, 3);
console.log('run returned', ret, process.domain, domain.active, domain._stack.length);

const outer = domain.create();
const inner = domain.create();
outer.run(() => {
  inner.run(() => {
    console.log('nested', process.domain === inner, domain._stack.length);
    // Exiting the outer domain exits the inner one too.
    outer.exit();
    console.log('after outer.exit', process.domain, domain._stack.length);
  });
  console.log('back in outer run', process.domain, domain._stack.length);
});

d.enter();
d.enter();
console.log('entered twice', domain._stack.length, process.domain === d);
d.exit();
console.log('exited', domain._stack.length, process.domain === d);
d.exit();
console.log('exited fully', domain._stack.length, process.domain, domain.active);

const bound = d.bind(function(x) {
  console.log('bound', this === undefined ? 'undefined' : typeof this, x, process.domain === d);
  return x * 2;
});
console.log('bound domain', bound.domain === d, 'returns', bound(21), process.domain);
console.log('bound keeps this', d.bind(function() { return this; }).call('self') === 'self');

d.on('error', (err) => {
  console.log('domain error', err.message, err.domain === d, err.domainThrown, typeof err.domainBound);
});
const intercepted = d.intercept(function(a, b) {
  console.log('intercepted', a, b, process.domain === d);
  return 'r';
});
console.log('intercept ok', intercepted(null, 1, 2));
console.log('intercept err', intercepted(new Error('first argument')));
console.log('intercept non-error', intercepted('not an error', 3));

const ee = new EventEmitter();
d.add(ee);
console.log('added', ee.domain === d, d.members.length);
const other = domain.create();
other.add(ee);
console.log('moved', ee.domain === other, d.members.length, other.members.length);
other.remove(ee);
console.log('removed', ee.domain, other.members.length);

const timer = setTimeout(() => {}, 1);
d.add(timer);
console.log('timer member', timer.domain === d, d.members.length);
d.remove(timer);
