'use strict';
// Eval workers: an uncaught exception (an error keeps its class and code;
// other values as they are) is the parent's 'error' then 'exit' 1;
// process.exit and exitCode; syntax errors; env copied, shared or given;
// stdout and stderr through the parent; unhandled rejections; argv;
// terminate() of an idle and of a busy worker.
const { Worker, SHARE_ENV } = require('worker_threads');
const run = (code, opts = {}) => new Promise((resolve) => {
  const w = new Worker(code, { eval: true, ...opts });
  w.on('error', (e) => {
    console.log('  error:', e instanceof Error, e && e.constructor && e.constructor.name, e && e.code, String(e && e.message || e));
    if (e instanceof Error) console.log('  stack:', e.stack.split('\n')[0], Object.keys(e));
  });
  w.on('message', (m) => console.log('  message:', m));
  w.on('exit', (c) => { console.log('  exit', c); resolve(); });
});
(async () => {
  console.log('throw TypeError'); await run(`const e = new TypeError('bad'); e.code = 'E_X'; throw e;`);
  console.log('throw 42'); await run(`throw 42`);
  console.log('throw fn'); await run(`throw function f() {}`);
  console.log('exit 3'); await run(`process.on('exit', (c) => console.log('worker exit event', c)); process.exit(3)`);
  console.log('exitCode 4'); await run(`process.exitCode = 4`);
  console.log('syntax'); await run(`let x = ;`);
  console.log('env copy'); process.env.GC_T = 'a';
  await run(`process.env.GC_T = 'changed'; require('worker_threads').parentPort.postMessage(process.env.GC_T)`);
  console.log('  parent sees', process.env.GC_T);
  console.log('env share'); await run(`process.env.GC_T = 'shared'`, { env: SHARE_ENV });
  console.log('  parent sees', process.env.GC_T);
  console.log('env object'); await run(`require('worker_threads').parentPort.postMessage([process.env.A, process.env.GC_T])`, { env: { A: 1 } });
  console.log('console.error + log');
  await run(`console.log('out 1'); console.error('err 1'); console.log('out 2')`);
  console.log('unhandled rejection'); await run(`Promise.reject(new RangeError('nope'))`);
  console.log('argv', ); await run(`require('worker_threads').parentPort.postMessage(process.argv.slice(1))`, { argv: ['a'] });
  console.log('isMainThread/threadId'); await run(`const wt = require('worker_threads'); wt.parentPort.postMessage([wt.isMainThread, wt.threadId, typeof wt.parentPort.postMessage])`);
  console.log('terminate');
  const w = new Worker(`setInterval(() => {}, 1000); require('worker_threads').parentPort.postMessage('started')`, { eval: true });
  w.on('message', async (m) => { console.log('  ', m); const c = await w.terminate(); console.log('  terminate resolved', c); });
  w.on('exit', (c) => console.log('  exit', c));
  await new Promise((r) => w.on('exit', r));
  console.log('terminate busy loop');
  const w2 = new Worker(`require('worker_threads').parentPort.postMessage('spin'); for (;;) {}`, { eval: true });
  w2.on('message', () => w2.terminate().then((c) => console.log('  terminated', c)));
  await new Promise((r) => w2.on('exit', (c) => { console.log('  exit', c); r(); }));
})();
