'use strict';
// With an 'uncaughtException' listener the process goes on; the listener sees
// the error and where it came from.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
});
process.on('exit', (code) => console.log('exit', code));
setImmediate(() => {
  setTimeout(() => {
    console.log('timer 1');
    setTimeout(() => console.log('timer 2 still runs'), 1);
    throw new Error('from timer');
  }, 1);
  throw new RangeError('from immediate');
});
process.nextTick(() => {
  throw new Error('from tick');
});
throw new Error('from main');
