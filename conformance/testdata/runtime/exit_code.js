'use strict';
// process.exitCode is what the process exits with when the loop drains;
// 'beforeExit' may schedule more work and fires again when it is done.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) {
    setTimeout(() => console.log('more work', rounds), 1);
  } else {
    process.exitCode = 3;
  }
});
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  setTimeout(() => console.log('never: timers do not run in exit'), 0);
  process.nextTick(() => console.log('never: ticks do not run in exit'));
});
console.log('main done');
