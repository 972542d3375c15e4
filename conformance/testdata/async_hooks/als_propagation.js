'use strict';
// The store of an AsyncLocalStorage.run() follows every kind of async
// continuation: await, then, nextTick, timers, immediates, queueMicrotask,
// fs callbacks and fs/promises.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const als = new AsyncLocalStorage();
const seen = [];
const log = (what) => seen.push(`${what}: ${JSON.stringify(als.getStore())}`);

async function work() {
  log('async start');
  await null;
  log('after await');
  await new Promise((r) => setTimeout(r, 2));
  log('after timer await');
  await fs.promises.readFile(__filename);
  log('after fs/promises');
  return als.getStore();
}

als.run({ id: 1 }, () => {
  Promise.resolve().then(() => log('then'));
  Promise.reject(new Error('x')).catch(() => log('catch'));
  process.nextTick(() => log('nextTick'));
  process.nextTick((a, b) => log(`nextTick args ${a} ${b}`), 'a', 'b');
  setTimeout(() => log('setTimeout'), 1);
  setTimeout((x) => log(`setTimeout arg ${x}`), 1, 'x');
  setImmediate(() => log('setImmediate'));
  queueMicrotask(() => log('queueMicrotask'));
  fs.stat(__filename, () => log('fs.stat callback'));
  fs.readFile(__filename, () => {
    log('fs.readFile callback');
    setTimeout(() => log('timer inside fs callback'), 1);
  });
  let n = 0;
  const iv = setInterval(() => {
    log(`setInterval ${n}`);
    if (++n === 2) clearInterval(iv);
  }, 1);
  log('sync');
});
log('outside');
als.run({ id: 2 }, work).then((v) => {
  log(`work returned ${JSON.stringify(v)}, in then`);
});

setTimeout(() => {
  // Order across kinds differs with timing; what each saw must not.
  console.log(seen.sort().join('\n'));
}, 100);
