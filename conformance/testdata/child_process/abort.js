'use strict';
// options.signal: aborting kills the child (killSignal) and emits an
// AbortError with the reason as cause; an already aborted signal acts at
// once. Bad signal, timeout and killSignal options throw.
const { spawn } = require('child_process');

for (const opts of [{ signal: 5 }, { timeout: -1 }, { timeout: 1.5 }, { killSignal: 'NOPE' }, { killSignal: true }]) {
  try {
    spawn('sleep', ['1'], opts);
  } catch (e) {
    console.log(e.code, e.message);
  }
}

const pre = AbortSignal.abort('why');
const first = spawn('sleep', ['30'], { signal: pre, killSignal: 'SIGKILL' });
first.on('error', (e) => console.log('pre-aborted error', e.name, e.code, e.message, e.cause));
first.on('exit', (code, signal) => {
  console.log('pre-aborted exit', code, signal);
  const ac = new AbortController();
  const second = spawn('sleep', ['30'], { signal: ac.signal });
  second.on('spawn', () => ac.abort());
  second.on('error', (e) => console.log('aborted error', e.name, e.code, e.cause.name));
  second.on('exit', (c, s) => console.log('aborted exit', c, s, second.killed));
});
