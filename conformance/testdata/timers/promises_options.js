'use strict';
// timers/promises: bad options reject (setInterval: at the first next())
// instead of throwing; setInterval is an AsyncGenerator that ends on abort;
// util.promisify(setTimeout) is timers/promises.setTimeout.
const tp = require('timers/promises');
const p = tp.setTimeout(1, 'v', { ref: 1 });
p.catch(e => console.log('rejected', e.code, e.message));
tp.setImmediate('v', null).catch(e => console.log('rejected2', e.code, e.message));
const it = tp.setInterval(1, 'x', { ref: 'no' });
console.log(Object.prototype.toString.call(it), typeof it.next, typeof it.throw);
it.next().catch(e => console.log('rejected3', e.code, e.message));
const ac = new AbortController(); ac.abort('why');
tp.setTimeout(1, 'v', { signal: ac.signal }).catch(e => console.log('rejected4', e.name, e.code, e.message, e.cause, Object.keys(e)));
(async () => {
  let n = 0;
  for await (const v of tp.setInterval(2, 'tick')) { console.log(v); if (++n === 3) break; }
  const ac2 = new AbortController();
  const iter = tp.setInterval(2, 'y', { signal: ac2.signal });
  console.log(await iter.next());
  ac2.abort();
  try { await iter.next(); } catch (e) { console.log('aborted', e.name, e.message, e.cause === undefined ? 'no cause' : e.cause.name); }
  console.log(await iter.next());
  console.log(require('util').promisify(setTimeout) === tp.setTimeout, require('util').promisify(setImmediate) === tp.setImmediate);
  console.log(Object.getOwnPropertyDescriptor(setTimeout, require('util').promisify.custom));
})();
