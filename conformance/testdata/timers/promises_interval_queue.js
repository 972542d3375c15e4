'use strict';
// timers/promises.setInterval's iterator queues calls as an async
// generator does: return() or throw() made while a next() waits for a tick
// settles after it (the iteration used to end at once and the waiting
// next() never settled); an abort rejects the waiting next() and ends the
// rest. scheduler is node's Scheduler, whose methods check their receiver.
const tp = require('timers/promises');
const { getEventListeners } = require('events');
const log = (...a) => console.log(...a);

(async () => {
  const it = tp.setInterval(5, 'v');
  log('concurrent', ...await Promise.all([it.next(), it.next()]));
  const pending = it.next();
  log('return', await it.return('done'), await pending);
  log('after return', await it.next());

  const ac = new AbortController();
  const it2 = tp.setInterval(50, 'w', { signal: ac.signal });
  const waiting = [it2.next(), it2.next(), it2.return('r')];
  setTimeout(() => ac.abort('because'), 5);
  for (const p of waiting) {
    try {
      log('settled', await p);
    } catch (e) {
      log('rejected', e.name, e.code, e.cause);
    }
  }
  log('it2 after', await it2.next(), getEventListeners(ac.signal, 'abort').length);

  const it3 = tp.setInterval(5, 'x');
  await it3.next();
  const next3 = it3.next();
  try {
    await it3.throw(new Error('thrown in'));
  } catch (e) {
    log('throw rejected', e.message, await next3);
  }
  log('it3 after', await it3.next());

  const { scheduler } = tp;
  const proto = Object.getPrototypeOf(scheduler);
  log(proto.constructor.name, Object.getOwnPropertyNames(proto).join(), Object.keys(scheduler).length);
  log(await scheduler.wait(1), await scheduler.yield());
  for (const f of [() => scheduler.wait.call({}, 1), () => new proto.constructor(), () => { const { wait } = scheduler; wait(1); }]) {
    try {
      f();
    } catch (e) {
      log(e.name, e.code, e.message);
    }
  }
})();
