'use strict';
// An uncaught ERR_REQUIRE_ASYNC_MODULE is reported as node reports it.
require('./fixtures/esm/tla.mjs');
