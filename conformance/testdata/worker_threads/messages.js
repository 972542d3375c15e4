'use strict';
// A Worker running this file: workerData, argv, threadId, messages both
// ways in order, parentPort.close() ending the worker, 'online' and 'exit'.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  console.log('main', threadId);
  const w = new Worker(__filename, { workerData: { n: 5, list: [1, 2], m: new Map([['a', 1]]) }, argv: ['x', 7] });
  w.on('online', () => console.log('online'));
  w.on('message', (m) => {
    console.log('parent got', m);
    if (m.done) w.postMessage({ bye: true });
  });
  w.on('error', (e) => console.log('error', e));
  w.on('exit', (code) => console.log('exit', code));
  w.postMessage({ hello: 'worker' });
  console.log('threadId of worker', w.threadId);
} else {
  console.log('in worker', threadId, workerData, process.argv.slice(2));
  parentPort.on('message', (m) => {
    console.log('worker got', m);
    if (m.bye) { parentPort.close(); return; }
    let sum = 0; for (let i = 0; i <= workerData.n; i++) sum += i;
    parentPort.postMessage({ sum, done: true });
  });
}
