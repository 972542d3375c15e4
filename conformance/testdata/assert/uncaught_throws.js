'use strict';
// An uncaught throws() mismatch.
const assert = require('assert');
assert.throws(() => { throw new TypeError('wrong'); }, RangeError);
