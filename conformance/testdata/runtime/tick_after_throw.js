'use strict';
// A nextTick callback that throws, handled by 'uncaughtException', must not
// lose the ticks queued around it (in a promise job, in an immediate).
process.on('uncaughtException', (e) => console.log('caught', e.message));
setImmediate(() => Promise.resolve().then(() => {
  process.nextTick(() => process.nextTick(() => console.log('queued after')));
  process.nextTick(() => { throw new Error('boom'); });
  process.nextTick(() => console.log('queued next'));
}));
