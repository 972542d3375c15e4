// An AsyncResource made inside a promise job, the first one of the program:
// the job that turned context tracking on must not leave the current
// context unset when it ends (fastify 4's content-type parser, then
// light-my-request's setImmediate, threw reading "stores").
const { AsyncResource } = require('async_hooks');
Promise.resolve().then(() => {
  const r = new AsyncResource('x');
  r.runInAsyncScope(() => console.log('in scope'));
}).then(() => {
  setImmediate(() => console.log('immediate ok'));
  process.nextTick(() => console.log('tick ok'));
});
