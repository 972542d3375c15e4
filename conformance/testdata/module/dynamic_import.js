'use strict';
// import() in a CommonJS module resolves as an import: a package's
// "import" condition, and the ESM resolver's errors.
const load = require('./fixtures/app/lib/importer.js');
const clean = (s) => s.split(__dirname).join('<DIR>');
const steps = ['pkg-dual', 'pkg-dual/gone', 'no-such-pkg', './nope.js', 'node:nope', 'node:os'];
(async () => {
  console.log('require', require('./fixtures/app/node_modules/pkg-dual/cjs.js').kind);
  for (const id of steps) {
    try {
      const ns = await load(id);
      console.log(id, ns.kind !== undefined ? ns.kind : typeof ns.cpus);
    } catch (err) {
      console.log(id, err.code, clean(err.message));
    }
  }
})();
