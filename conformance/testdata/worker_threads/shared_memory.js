'use strict';
// SharedArrayBuffers cross to a worker as shared memory (in workerData and
// in messages), and Atomics synchronise the two threads: the worker blocks
// in Atomics.wait until the main thread stores and notifies; waitAsync
// pending does not keep the worker alive (it exits first, as node's).
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const sab = new SharedArrayBuffer(16);
  const i32 = new Int32Array(sab);
  const w = new Worker(__filename, { workerData: { sab, view: new Int32Array(sab, 8, 2) } });
  w.on('message', (m) => {
    console.log('main got', m, 'i32 =', Array.from(i32));
    if (m === 'waiting') {
      Atomics.store(i32, 0, 1);
      console.log('woke', Atomics.notify(i32, 0, 1));
    } else if (m === 'async waiting') {
      setTimeout(() => { Atomics.store(i32, 1, 7); Atomics.notify(i32, 1); }, 10);
    }
  });
  w.on('exit', (c) => console.log('exit', c, Array.from(i32)));
} else {
  const i32 = new Int32Array(workerData.sab);
  workerData.view[1] = 42;
  parentPort.postMessage(['same memory', workerData.view.buffer === workerData.sab, workerData.view.byteOffset]);
  parentPort.postMessage('waiting');
  const r = Atomics.wait(i32, 0, 0, 5000);
  parentPort.postMessage(['worker wait', r, Atomics.load(i32, 0)]);
  const { async, value } = Atomics.waitAsync(i32, 1, 0, 5000);
  parentPort.postMessage('async waiting');
  value.then((v) => {
    console.log('worker waitAsync', async, v, Atomics.load(i32, 1));
    Atomics.add(i32, 2, 100);
  });
}
