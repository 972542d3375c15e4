'use strict';
// "#name" requests resolve through the "imports" of the requiring file's
// package: keys, patterns, conditions, other packages as targets; one not
// listed is ERR_PACKAGE_IMPORT_NOT_DEFINED, a target file not there
// MODULE_NOT_FOUND.
require('./fixtures/imp/main.js')(console.log);
try {
  require('#internal/a'); // this script's own package has no imports
} catch (e) {
  console.log('outside', e.code);
}
