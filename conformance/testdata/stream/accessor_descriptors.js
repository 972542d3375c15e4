'use strict';
// The state accessors on Readable, Writable and Duplex prototypes, in
// node's order and with node's attributes (not configurable, not
// enumerable), so code that inspects or redefines them sees what node has.
const { Readable, Writable, Duplex, Transform } = require('stream');

for (const C of [Readable, Writable, Duplex, Transform]) {
  const p = C.prototype;
  const keys = Reflect.ownKeys(p).filter((k) => {
    const d = Object.getOwnPropertyDescriptor(p, k);
    return 'get' in d;
  }).map((k) => {
    const d = Object.getOwnPropertyDescriptor(p, k);
    return `${String(k)}${d.configurable ? ' C' : ''}${d.enumerable ? ' E' : ''}${d.set ? ' set' : ''}`;
  });
  console.log(C.name, keys);
}

try {
  Object.defineProperty(Readable.prototype, 'readableLength', { get() { return 1; } });
} catch (e) {
  console.log(e.name);
}
