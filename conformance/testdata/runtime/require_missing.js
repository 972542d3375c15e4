'use strict';
// A missing module is an uncaught MODULE_NOT_FOUND error whose report lists
// the require stack.
require('./fixtures/requires_missing.js');
