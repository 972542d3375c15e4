'use strict';
// An uncaught exception inside a timer ends the process: later timers do not run.
setTimeout(() => {
  console.log('timer 1');
  const err = new TypeError('bad thing in timer');
  err.code = 'E_CUSTOM';
  throw err;
}, 1);
setTimeout(() => console.log('never: timer 2'), 50);
process.on('exit', (code) => console.log('exit', code));
