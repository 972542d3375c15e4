'use strict';
// worker_threads as the main thread sees it: the values Node reports there,
// environment data, and Worker's argument checks (workers themselves: see
// messages.js and lifecycle.js).
const wt = require('worker_threads');
const { inspect } = require('util');

console.log(wt === require('node:worker_threads'));
console.log(wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData);
console.log(inspect(wt.resourceLimits), wt.SHARE_ENV.toString());
console.log(wt.SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'));
console.log(Object.getOwnPropertyDescriptor(wt, 'isMainThread'));

console.log(wt.getEnvironmentData('k'));
wt.setEnvironmentData('k', { a: 1 });
console.log(wt.getEnvironmentData('k'));
wt.setEnvironmentData('k');
console.log(wt.getEnvironmentData('k'));
console.log(wt.markAsUntransferable(new ArrayBuffer(8)));

console.log(typeof wt.Worker, wt.Worker.length, wt.Worker.name);
console.log(Object.getPrototypeOf(wt.Worker.prototype) === require('events').prototype);
for (const args of [[], [1], [null], [{}], ['./x.js', { execArgv: 'x' }], ['./x.js', { argv: 1 }]]) {
  try {
    new wt.Worker(...args);
    console.log('constructed?');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
