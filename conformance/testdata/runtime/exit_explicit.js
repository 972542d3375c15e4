'use strict';
// process.exit() ends at once: later code, ticks, promises and timers never run.
setTimeout(() => console.log('never: timer'), 0);
process.nextTick(() => console.log('never: tick'));
Promise.resolve().then(() => console.log('never: promise'));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('before exit');
process.exit(6);
console.log('never: after exit');
