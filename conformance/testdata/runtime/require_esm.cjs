// require() of an ES module (node 20): its namespace, or, when it has a
// default export, a namespace of its own with __esModule; the same object
// every time. import() from CommonJS gives the module's one namespace.
const withDefault = require('./fixtures/tla/slow_free.mjs');
console.log(withDefault, Object.getOwnPropertyDescriptor(withDefault, '__esModule'));
console.log(require('./fixtures/tla/slow_free.mjs') === withDefault);
const plain = require('./fixtures/tla/nodefault.mjs');
console.log(plain);
import('./fixtures/tla/nodefault.mjs').then((ns) => {
  console.log(ns === plain, ns);
  return import('./fixtures/tla/slow_free.mjs');
}).then((ns) => console.log(ns === withDefault, ns));
