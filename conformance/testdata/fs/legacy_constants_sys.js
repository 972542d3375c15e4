'use strict';
// require('constants') (graceful-fs, under fs-extra and archiver, reads it)
// and require('sys'), node's deprecated modules: the constants of os, fs and
// crypto in one frozen object, and util under its old name with DEP0025.
const c = require('constants');
const keys = Object.keys(c);
console.log(keys.length, keys.slice(0, 4), keys.slice(-4), Object.isFrozen(c), Object.getPrototypeOf(c));
console.log(c.O_RDONLY, c.O_CREAT, c.S_IFMT, c.ENOENT, c.SIGTERM, c.RTLD_NOW, c.PRIORITY_HIGH, c.UV_FS_COPYFILE_EXCL, c.RSA_PKCS1_PSS_PADDING);
console.log(require('node:constants') === c, require('module').builtinModules.includes('constants'));
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const sys = require('sys');
console.log(sys === require('util'), typeof sys.inspect, require('sys') === sys, require('module').builtinModules.includes('sys'));
