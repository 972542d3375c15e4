// Top-level await across modules: an importer of an async module runs once
// that module has evaluated, a sync sibling does not wait, export * and
// live bindings see the values set after the await, and import() resolves
// after evaluation.
import './fixtures/tla/slow.mjs';
import { name } from './fixtures/tla/sync.mjs';
import { seen } from './fixtures/tla/uses_slow.mjs';
import slowDefault, * as slow from './fixtures/tla/slow.mjs';
import * as barrel from './fixtures/tla/barrel.mjs';

console.log('main:', name, seen, slowDefault, slow.counter, Object.keys(slow));
console.log('barrel:', Object.keys(barrel).sort(), barrel.counter, barrel.syncName);
const late = await import('./fixtures/tla/late.mjs');
console.log('late:', late.value, typeof late.default, late.default.name);
const cjs = await import('./fixtures/tla/cjs.cjs');
console.log('cjs:', cjs.default.y, cjs.y);
try {
  await import('./fixtures/tla/fails.mjs');
} catch (err) {
  console.log('import() rejected:', err.name, err.message);
}
try {
  await import('./fixtures/tla/fails.mjs');
} catch (err) {
  console.log('again:', err.message);
}
queueMicrotask(() => console.log('microtask'));
setTimeout(() => console.log('timeout'), 0);
await null;
console.log('after await null');
