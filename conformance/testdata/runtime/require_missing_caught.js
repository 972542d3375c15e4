'use strict';
// The MODULE_NOT_FOUND error carries code and requireStack; a bare name
// searches node_modules; a core name that does not exist fails the same way.
const path = require('path');
for (const id of ['./nope', 'no-such-package', 'node:no-such-core', '../runtime/fixtures/nope.json']) {
  try {
    require(id);
  } catch (err) {
    console.log(id, err.code, err instanceof Error, err.message.split('\n')[0].replace(__dirname, '<here>'));
    console.log('  requireStack', err.requireStack && err.requireStack.map((p) => path.basename(p)));
  }
}
try {
  require.resolve('./nope');
} catch (err) {
  console.log('resolve', err.code);
}
console.log('resolve ok', path.relative(__dirname, require.resolve('./fixtures/cycle_a')));
