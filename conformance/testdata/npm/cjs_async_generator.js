'use strict';
// A CommonJS file with syntax goja lacks (an async generator) is lowered
// by esbuild as CommonJS even when its text has the words "import " or
// "export " (undici's lib/core/util.js): it was taken for an ES module,
// so its require was undefined.
const { wrap } = require('./fixtures/async_gen_cjs.js');
(async () => {
  const out = [];
  for await (const x of wrap([1, 2, 3])) out.push(x);
  console.log(out.join(','), typeof require('./fixtures/async_gen_cjs.js').wrap);
})();
