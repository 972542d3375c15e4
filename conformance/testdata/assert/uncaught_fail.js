'use strict';
// assert.fail() and ifError() left uncaught, in an exit listener's view.
const assert = require('assert');
process.on('exit', (code) => console.log('exit code', code));
setTimeout(() => assert.ifError(new Error('late')), 1);
assert.fail('first failure');
