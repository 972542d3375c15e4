'use strict';
// createHook events for timers, immediates, ticks and an AsyncResource,
// printed per resource in creation order.
const fs = require('fs');
const ah = require('async_hooks');
const byId = new Map();
const note = (id, what) => { const r = byId.get(id); if (r) r.events.push(what); };
const hook = ah.createHook({
  init(id, type, trigger) {
    if (['Timeout', 'Immediate', 'TickObject', 'Custom'].includes(type)) {
      byId.set(id, { type, trigger: byId.has(trigger) ? byId.get(trigger).type : 'outside', events: ['init'] });
    }
  },
  before(id) { note(id, 'before'); },
  after(id) { note(id, 'after'); },
  destroy(id) { note(id, 'destroy'); },
});
fs.writeSync(1, `enable returns the hook: ${hook.enable() === hook}\n`);

setTimeout(() => {
  process.nextTick(() => {});
  setImmediate(() => {});
}, 1);
const cleared = setTimeout(() => {}, 1000);
clearTimeout(cleared);
let n = 0;
// The report follows the interval's last run, not a fixed delay: under load
// a 50 ms timer could come before the interval's third run.
const iv = setInterval(() => {
  if (++n === 3) {
    clearInterval(iv);
    setTimeout(report, 1);
  }
}, 1);
const im = setImmediate(() => {});
clearImmediate(im);
const res = new ah.AsyncResource('Custom');
res.runInAsyncScope(() => {});
res.emitDestroy();

function report() {
  hook.disable();
  for (const r of byId.values()) {
    fs.writeSync(1, `${r.type} (from ${r.trigger}): ${r.events.join(' ')}\n`);
  }
}
