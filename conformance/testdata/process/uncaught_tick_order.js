'use strict';
// With an 'uncaughtException' handler, what a throwing callback or tick had
// queued runs after the handler: the remaining ticks first, then promise
// jobs, as in node (before, goja ran the promise jobs before the handler).
const fs = require('fs');

// A stage whose callback, run by schedule, queues a tick and a promise job
// and throws; the promise job starts the next stage (never a callback of the
// same batch: node would run that before the ticks).
function throwingIn(what, schedule) {
  const stage = (next) => {
    schedule(() => {
      process.nextTick(() => console.log(`tick from ${what}`));
      Promise.resolve().then(() => {
        console.log(`promise from ${what}`);
        setImmediate(next);
      });
      throw new Error(`from ${what}`);
    });
  };
  Object.defineProperty(stage, 'name', { value: `throwingIn_${what}` });
  return stage;
}
const stages = [
  function throwingTick(next) {
    process.nextTick(() => {
      console.log('tick 1');
      Promise.resolve().then(() => {
        console.log('promise from tick 1');
        setImmediate(next);
      });
      throw new Error('from tick 1');
    });
    process.nextTick(() => console.log('tick 2'));
    process.nextTick(() => console.log('tick 3'));
  },
  throwingIn('timer', (cb) => setTimeout(cb, 1)),
  throwingIn('immediate', (cb) => setImmediate(cb)),
  throwingIn('fs', (cb) => fs.stat(__filename, cb)),
  function captureCallback(next) {
    process.removeAllListeners('uncaughtException');
    process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));
    process.nextTick(() => {
      Promise.resolve().then(() => console.log('promise from captured tick'));
      throw new TypeError('from captured tick');
    });
    process.nextTick(() => console.log('tick after captured'));
  },
];
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
let at = 0;
const next = () => {
  const stage = stages[at++];
  if (!stage) return;
  console.log(`-- ${stage.name}`);
  stage(next);
};
next();
