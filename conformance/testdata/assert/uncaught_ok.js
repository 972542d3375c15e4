'use strict';
// An uncaught assert(): the report quotes the failing expression.
const assert = require('assert');
const value = 0;
assert(value > 1);
