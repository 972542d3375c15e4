'use strict';
// An uncaught strictEqual failure: Node's fatal report with the diff.
const assert = require('assert');
console.log('before');
assert.strictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] });
