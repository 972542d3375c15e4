'use strict';
// The streams globals: hidden, configurable, the same classes as stream/web.
const web = require('stream/web');
for (const name of Object.keys(web)) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], d.enumerable, d.configurable, globalThis[name] === web[name]);
}
console.log(Object.getOwnPropertyNames(ReadableStream.prototype));
console.log(Object.getOwnPropertyNames(WritableStream.prototype));
console.log(Object.getOwnPropertyNames(TransformStream.prototype));
console.log(require('stream/web') === web);
