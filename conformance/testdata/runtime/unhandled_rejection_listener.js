'use strict';
// With an 'unhandledRejection' listener the process lives on; a rejection
// handled later fires 'rejectionHandled'.
const seen = [];
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
  seen.push(promise);
});
process.on('rejectionHandled', (promise) => {
  console.log('handled later:', seen.includes(promise));
});
process.on('exit', (code) => console.log('exit', code));

Promise.reject(new Error('first'));
const late = Promise.reject('second');
Promise.reject(new Error('caught in time')).catch((e) => console.log('catch:', e.message));
setTimeout(() => {
  late.catch((v) => console.log('late catch:', v));
  setTimeout(() => console.log('done'), 10);
}, 10);
