// An error thrown after a top-level await is an uncaught exception (not
// an unhandled rejection), reported at the error's own line.
process.on('exit', (code) => console.log('exit', code));
console.log('before');
await new Promise((resolve) => setTimeout(resolve, 5));
throw new TypeError('thrown after await');
