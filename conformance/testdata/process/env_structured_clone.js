// structuredClone(process.env) is a plain copy of the environment, as node
// makes it (nodejs/node#45380); other proxies still cannot be cloned.
'use strict';

process.env.GC_CLONE = 'x';
const env = structuredClone(process.env);
console.log(Object.getPrototypeOf(env) === Object.prototype, env.GC_CLONE);
console.log(Object.keys(env).join() === Object.keys(process.env).join());
env.GC_CLONE = 'y';
console.log(process.env.GC_CLONE, env.GC_CLONE);
console.log(structuredClone({ env: process.env }).env.GC_CLONE);
try {
  structuredClone(new Proxy({}, {}));
} catch (e) {
  console.log(e.name, e.message);
}
