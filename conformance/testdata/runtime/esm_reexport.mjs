// ESM: a value exported by one module, imported and re-exported by another;
// live bindings; a CommonJS module imported by default; the "import"
// condition of a package's exports; dynamic import().
import { answer, doubled, bump, counter } from './fixtures/esm_middle.mjs';
import cjs from './fixtures/esm_cjs.cjs';
import pkg from './fixtures/esm_pkg.mjs';

console.log(answer, doubled);
console.log('before bump', counter);
bump();
console.log('live binding', counter);
console.log(cjs.kind, cjs.value);
console.log(pkg);
const dyn = await import('./fixtures/esm_base.mjs');
console.log('dynamic', dyn.answer, Object.keys(dyn).sort().join(','));
