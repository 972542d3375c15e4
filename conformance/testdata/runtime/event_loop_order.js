'use strict';
// Ordering that node guarantees: sync code, then the nextTick queue, then
// microtasks, then timers / check phases. Top-level setTimeout(0) vs
// setImmediate is racy in node itself, so it is only compared inside a timer;
// later stages are chained from callbacks so that load cannot reorder them.
const log = (s) => console.log(s);
let resumeAsync;

log('sync 1');
setTimeout(() => log('timeout 0 a'), 0);
setTimeout(() => log('timeout 0 b'), 0);
setTimeout(() => {
  log('timeout 10');
  setImmediate(() => {
    log('immediate from timer');
    process.nextTick(() => log('tick from immediate'));
    Promise.resolve().then(() => log('promise from immediate'));
  });
  setImmediate(() => log('immediate 2 from timer'));
  setTimeout(timersInOneList, 0);
  process.nextTick(() => log('tick from timer'));
  Promise.resolve().then(() => log('promise from timer'));
}, 10);
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise'));
  Promise.resolve().then(() => log('promise from promise'));
});
queueMicrotask(() => log('microtask'));
process.nextTick(() => {
  log('tick 1');
  process.nextTick(() => log('tick from tick'));
  Promise.resolve().then(() => log('promise from tick'));
});
process.nextTick(() => log('tick 2'));
log('sync 2');

// Timers due together run one by one, each followed by its ticks and promises.
function timersInOneList() {
  log('timeout from timer');
  setTimeout(() => {
    log('timer A');
    process.nextTick(() => log('tick between timers'));
    Promise.resolve().then(() => log('promise between timers'));
  }, 5);
  setTimeout(() => {
    log('timer B');
    resumeAsync();
  }, 5);
}

(async () => {
  log('async start');
  await null;
  log('after await 1');
  await new Promise((r) => (resumeAsync = r));
  log('after await timer B');
})();
