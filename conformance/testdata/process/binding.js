'use strict';
// process.binding, deprecated but still called by old packages: 'util'
// gives util.types' checks (the same functions), an unknown name throws a
// plain Error, with no code.
const util = require('util');
const b = process.binding('util');
console.log(Object.keys(b).join());
console.log(Object.keys(b).every((k) => b[k] === util.types[k]), process.binding('util') === b);
console.log(b.isPromise(Promise.resolve()), b.isDate(new Date()), b.isNativeError(new TypeError()));
for (const name of ['nope', 'natives_x', undefined]) {
  try {
    process.binding(name);
  } catch (e) {
    console.log(Object.getPrototypeOf(e) === Error.prototype, e.code, e.message);
  }
}
