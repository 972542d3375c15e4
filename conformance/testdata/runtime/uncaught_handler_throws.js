'use strict';
// A listener that throws itself is fatal with exit code 7.
process.on('uncaughtException', (err) => {
  console.log('handling', err.message);
  throw new Error('handler failed');
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  throw new Error('first');
}, 1);
