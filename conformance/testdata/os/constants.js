'use strict';
// os.constants and the fixed facts: shapes, property attributes, values.
const os = require('os');

console.log(os.constants);
console.log(Object.keys(os));
console.log(Object.getPrototypeOf(os.constants) === null, Object.isFrozen(os.constants.signals));
console.log(Object.getOwnPropertyDescriptor(os.constants.signals, 'SIGTERM'));
console.log(Object.getOwnPropertyDescriptor(os.constants, 'signals'));
console.log(Object.getOwnPropertyDescriptor(os, 'constants').writable, Object.getOwnPropertyDescriptor(os, 'EOL'));
try {
  os.constants.signals.SIGTERM = 99;
} catch (err) {
  console.log(err.name);
}
console.log(os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_HIGH);
console.log(JSON.stringify(os.EOL), os.devNull, os.endianness(), os.platform(), os.type());
console.log(`${os.platform}`, `${os.endianness}`, `${os.type}`, String(os.tmpdir) === os.tmpdir());
console.log(String(os.hostname) === os.hostname(), +os.totalmem === os.totalmem());
for (const k of Object.keys(os)) {
  const v = os[k];
  if (typeof v === 'function') console.log(k, v.name, v.length, typeof v[Symbol.toPrimitive]);
}
