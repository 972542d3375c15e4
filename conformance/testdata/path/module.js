'use strict';
// The module objects: identities, keys, inspect output.
const path = require('path');

console.log(require('path/posix') === path, require('path/win32') === path.win32, require('node:path') === path);
console.log(require('node:path/win32') === path.win32, path.posix === path, path.win32.posix === path, path.win32.win32 === path.win32);
console.log(path._makeLong === path.toNamespacedPath, path.win32._makeLong === path.win32.toNamespacedPath);
console.log(path);
console.log(Object.keys(path.win32));
console.log(path.format.name, path.format.length, path.join.length, path.resolve.length, path.basename.length);
