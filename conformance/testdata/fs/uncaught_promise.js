'use strict';
// An unhandled rejection of fs/promises reaches 'unhandledRejection' with
// the error and its promise, then the process goes on to exit 0.
const fsp = require('fs/promises');

process.on('unhandledRejection', (err, promise) => {
  console.log('unhandled', err.code, err.syscall, err.path, err.message, promise instanceof Promise);
});
fsp.readdir('./no-such-dir');
