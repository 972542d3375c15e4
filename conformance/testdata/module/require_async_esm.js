'use strict';
// require() of an ES module graph with top-level await fails before the
// module runs, with node 20's ERR_REQUIRE_ASYNC_MODULE; one without is
// required as its namespace; import() of the async one works after.
const path = require('path');
const clean = (s) => s.split(__dirname + path.sep).join('');

console.log('sync', require('./fixtures/esm/sync.mjs').value);
for (const file of ['./fixtures/esm/tla.mjs', './fixtures/esm/imports-tla.mjs']) {
  try {
    require(file);
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, JSON.stringify(clean(err.message)), Object.keys(err));
  }
}
import('./fixtures/esm/imports-tla.mjs').then((ns) => console.log('import', ns.doubled));
