'use strict';
// An uncaught MODULE_NOT_FOUND is reported where node's loader throws it,
// with the require stack.
require('./fixtures/app/lib/x.js').req('./no-such-file');
