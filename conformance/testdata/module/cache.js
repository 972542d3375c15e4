'use strict';
// require.cache: deleting an entry loads the file again, a planted entry
// is returned (core names too, but not with node:), and a module's
// children, parent and loaded flag; a require cycle sees the exports as
// they are, warning of the names not there yet.
const Module = require('module');
const path = require('path');

const counterPath = require.resolve('./fixtures/cache/counter.js');
console.log('first', require('./fixtures/cache/counter.js').n);
console.log('cached', require('./fixtures/cache/counter.js').n);
console.log('in cache', counterPath in require.cache, require.cache === Module._cache);
delete require.cache[counterPath];
console.log('after delete', require('./fixtures/cache/counter.js').n);
const child = require.cache[counterPath];
console.log('child', child.id === counterPath, child.loaded, child.parent === module,
  module.children.filter((m) => m === child).length, path.relative(__dirname, child.path));

const fake = { fake: true };
require.cache[counterPath] = { exports: fake };
console.log('planted', require('./fixtures/cache/counter.js') === fake);
delete require.cache[counterPath];

const os = require('os');
require.cache.os = { exports: fake };
console.log('core planted', require('os') === fake, require('node:os') === os);
delete require.cache.os;
console.log('core again', require('os') === os);

console.log('main', require.main === module, module.id, module.parent, module.loaded);
console.log('keys', Object.keys(module));

process.on('warning', (w) => console.log('warning:', w.message));
const a = require('./fixtures/cycle/a.js');
console.log('cycle', a.fromB, Object.getPrototypeOf(a) === Object.prototype);
setImmediate(() => console.log('done'));
