'use strict';
// An exception nobody catches: the source line, a caret, the error and its
// stack go to stderr, 'exit' still fires with code 1.
process.on('exit', (code) => console.log('exit', code));
console.log('before');
function fail() {
  throw new Error('boom');
}
fail();
console.log('never');
