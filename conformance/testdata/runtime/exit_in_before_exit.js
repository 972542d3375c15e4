'use strict';
// process.exit() in 'beforeExit' emits 'exit' with that code once; pending
// ticks and timers are dropped.
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
  process.nextTick(() => console.log('never: tick'));
  process.exit(4);
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer'), 1);
