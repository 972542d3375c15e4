// One namespace object per module, as node's: static imports and import()
// get the same one; it has no prototype, is tagged Module, and
// util.inspect shows its bindings' values. Default imports in an import
// cycle are the other module's default.
import { inspect, types } from 'node:util';
import * as sync from './fixtures/tla/sync.mjs';
import * as again from './fixtures/tla/sync.mjs';
import A from './fixtures/esm_cycle/a.mjs';
import B, { callA, keysOfA } from './fixtures/esm_cycle/b.mjs';

const dynamic = await import('./fixtures/tla/sync.mjs');
console.log(sync === again, dynamic === sync);
console.log(Object.prototype.toString.call(sync), Object.getPrototypeOf(sync), types.isModuleNamespaceObject(sync));
console.log(inspect(sync), Reflect.ownKeys(dynamic));
console.log(types.isModuleNamespaceObject({}), types.isModuleNamespaceObject(Object.create(null, { [Symbol.toStringTag]: { value: 'Module' } })));
console.log(A(), B(), callA(), keysOfA());
