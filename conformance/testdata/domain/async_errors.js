// A domain catches what its callbacks throw later (timers, ticks,
// immediates), the unhandled 'error' of emitters made inside it, and a
// throw from a nested domain's handler in the parent; process.domain
// follows the callbacks, including promise reactions.
const domain = require('domain');
const EventEmitter = require('events');
const d = domain.create();
d.on('error', (err) => {
  console.log('caught', err.message, Object.keys(err), err.domain === d, err.domainThrown,
    process.domain === d, domain.active === d);
});
d.run(() => {
  setTimeout(() => { console.log('in timer', process.domain === d); throw new Error('timer boom'); }, 1);
  process.nextTick(() => console.log('in tick', process.domain === d));
  Promise.resolve().then(() => console.log('in promise', process.domain === d));
  setImmediate(() => {
    console.log('in immediate', process.domain === d);
    const e = new EventEmitter();
    console.log('emitter domain', e.domain === d);
    e.emit('error', new Error('emitted'));
  });
});
console.log('outside', process.domain, domain.active, new EventEmitter().domain);

setTimeout(() => {
  const outer = domain.create();
  outer.on('error', (err) => console.log('outer caught', err.message, process.domain, domain._stack.length));
  outer.run(() => {
    const inner = domain.create();
    inner.on('error', (err) => {
      console.log('inner caught', err.message);
      throw new Error('from the inner handler');
    });
    inner.run(() => { throw new Error('inner boom'); });
  });
}, 20);

process.on('exit', (code) => console.log('exit', code, process.domain));
