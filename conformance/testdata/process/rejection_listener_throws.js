'use strict';
// What an 'unhandledRejection' or 'rejectionHandled' listener throws is an
// uncaught exception ('uncaughtException' listeners get it; later listeners
// of the event do not run), as in node; it was printed and dropped.
process.on('uncaughtException', (e, origin) => console.log('uncaught:', e.message, origin));
process.on('unhandledRejection', (reason) => {
  console.log('unhandledRejection', reason);
  throw new Error('from the unhandledRejection listener');
});
process.on('unhandledRejection', () => console.log('second listener: not called'));
process.on('rejectionHandled', () => {
  console.log('rejectionHandled');
  throw new Error('from the rejectionHandled listener');
});
const p = Promise.reject(1);
setTimeout(() => {
  p.catch(() => {});
  setTimeout(() => console.log('the loop went on'), 5);
}, 5);
