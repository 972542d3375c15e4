'use strict';
// An uncaught ERR_PACKAGE_PATH_NOT_EXPORTED is reported where node's loader
// rethrows it.
require('./fixtures/app/lib/x.js').req('pkg-exports/hidden');
