'use strict';
// timers/promises: promise-returning timers, async iteration of setInterval,
// cancellation through an AbortSignal.
const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate, setInterval: every } = require('node:timers/promises');

console.log('same module', tp.setTimeout === sleep);
(async () => {
  console.log('timeout value', await sleep(5, 'v1'));
  console.log('immediate value', await immediate('v2'));
  console.log('no value', await sleep(1));

  let i = 0;
  for await (const v of every(5, 'iv')) {
    console.log('interval', ++i, v);
    if (i === 3) break;
  }

  const ac = new AbortController();
  const p = sleep(1000, 'never', { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (err) {
    console.log('aborted', err.name, err.code, err.message);
  }

  try {
    await sleep(1, 'x', { signal: AbortSignal.abort() });
  } catch (err) {
    console.log('pre-aborted', err.name, err.code);
  }

  const unrefd = sleep(10000, 'never', { ref: false });
  unrefd.then((v) => console.log('never:', v));
  console.log('done');
})();
