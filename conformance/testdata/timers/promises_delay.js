'use strict';
// timers/promises take a number (or nothing) as the delay, unlike the
// callback timers: anything else rejects with ERR_INVALID_ARG_TYPE
// (setInterval: at the first next()), before the options are checked.
const tp = require('timers/promises');

(async () => {
  for (const delay of ['x', '5', null, true, 1n, {}, [], undefined, -1, NaN, 1.5]) {
    const label = typeof delay === 'bigint' ? '1n' : JSON.stringify(delay) ?? 'undefined';
    const results = [];
    for (const [name, run] of [
      ['setTimeout', () => tp.setTimeout(delay, 'v', 'bad options')],
      ['setTimeout', () => tp.setTimeout(delay, 'v')],
      ['setInterval', async () => {
        const it = tp.setInterval(delay, 'v');
        try { return (await it.next()).value; } finally { await it.return(); }
      }],
      ['scheduler.wait', () => tp.scheduler.wait(delay)],
    ]) {
      try {
        results.push(`${name}: ${await run()}`);
      } catch (e) {
        results.push(`${name}: ${e.code} ${e.message}`);
      }
    }
    console.log(label);
    for (const r of results) console.log(' ', r);
  }
})();
