'use strict';
// An unhandled rejection from assert.rejects().
const assert = require('assert');
assert.rejects(Promise.resolve('fine'), Error);
