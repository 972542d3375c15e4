'use strict';
// 'beforeExit' is emitted as a callback from the loop: what its listeners
// queue runs ticks first, then promise jobs, then the timers they set,
// after which 'beforeExit' comes again. process.exit(undefined), unlike
// process.exit(), resets process.exitCode: the process ends with 0.
let round = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, process.exitCode, round);
  if (round++ < 2) {
    setTimeout(() => console.log('timer from beforeExit', round), 1);
    Promise.resolve().then(() => console.log('promise job in beforeExit'));
    process.nextTick(() => console.log('tick in beforeExit'));
    if (round === 2) process.exitCode = 3;
    return;
  }
  process.exit(undefined);
});
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  process.nextTick(() => console.log('tick in exit: never runs'));
  setTimeout(() => console.log('timer in exit: never runs'), 0);
});
console.log('main done');
