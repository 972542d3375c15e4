'use strict';
// The error an unhandled rejection of a non-error becomes: node's
// UnhandledPromiseRejection, an Error subclass whose code and name are own
// enumerable properties (class fields), as 'uncaughtException' sees it.
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err instanceof Error, Object.getPrototypeOf(err).constructor.name);
  console.log(Object.keys(err).join(), Object.getOwnPropertyNames(Object.getPrototypeOf(err)).join());
  console.log(Object.getOwnPropertyDescriptor(err, 'name'));
  console.log(err.message);
  console.log(String(err).split(':')[0], err.stack.split('\n')[0].split(':')[0]);
});
Promise.reject(42);
