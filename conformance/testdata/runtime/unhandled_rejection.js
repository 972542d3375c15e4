'use strict';
// An unhandled rejection is fatal by default (--unhandled-rejections=throw).
process.on('exit', (code) => console.log('exit', code));
console.log('start');
async function work() {
  await null;
  throw new Error('rejected in async');
}
work();
setTimeout(() => console.log('never: timer'), 50);
