'use strict';
// require.extensions: a handler of one's own, the order extensions are
// tried in, the longest registered multi-dot extension, and Module.wrap
// and Module.wrapper, which once changed wrap every module compiled after.
const Module = require('module');
const fs = require('fs');

console.log('keys', Object.keys(require.extensions), require.extensions === Module._extensions);
require.extensions['.txt'] = (module, filename) => {
  module.exports = fs.readFileSync(filename, 'utf8').trim();
};
console.log('txt', require('./fixtures/ext/note.txt'));
console.log('no extension', require('./fixtures/ext/note'));
console.log('js first', require('./fixtures/ext/both'));
require.extensions['.tpl.txt'] = (module, filename) => {
  module.exports = 'template: ' + fs.readFileSync(filename, 'utf8').trim();
};
console.log('multi-dot', require('./fixtures/ext/data.tpl.txt'));
delete require.extensions['.txt'];
delete require.extensions['.tpl.txt'];
Module._pathCache = { __proto__: null };
try {
  require('./fixtures/ext/note');
} catch (err) {
  console.log('gone', err.code);
}

console.log('wrapper', JSON.stringify(Module.wrapper), Module.wrap('x'));
Module.wrapper[0] += 'var __wrappedMark = 1;';
console.log('patched', require('./fixtures/ext/wrapped.js'));
