// new Buffer()/Buffer(): DEP0005 is emitted once, and not for calls from
// node_modules.
'use strict';
const legacy = require('legacy-buf');

process.on('warning', (w) => console.log('warning event', w.name, w.code, w.message));
console.log('from dependency', legacy('dep'));
setImmediate(() => {
  console.log('no warning yet');
  console.log(new Buffer('abc'), Buffer(3), new Buffer([1, 2]), new Buffer(new ArrayBuffer(4), 1, 2));
  try {
    new Buffer(5, 'utf8');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    Buffer(-1);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log(new Buffer('x') instanceof Buffer, Object.getPrototypeOf(Buffer(1)) === Buffer.prototype);
});
