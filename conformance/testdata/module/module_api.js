'use strict';
// The Module class's members as node has them (what is enumerable), and
// _preloadModules, syncBuiltinESMExports, _debug, isBuiltin.
const Module = require('module');
process.chdir(__dirname);
Module._preloadModules(['./fixtures/pre.js']);
Module._preloadModules('not an array');
process.on('warning', (w) => console.log('warning', w.code));
Module._debug('quiet without --pending-deprecation');
Module.syncBuiltinESMExports();
const notYet = ['SourceMap', 'findSourceMap', 'register'];
console.log(Object.keys(Module).filter((k) => !notYet.includes(k)).sort());
console.log(['http', 'node:http', 'sys', 'node:test', 'test', 'internal/errors', '', undefined].map(Module.isBuiltin));
console.log(module instanceof Module, module.constructor === Module, Module.Module === Module,
  Object.getOwnPropertyNames(Module.prototype), module.isPreloading);
console.log(typeof Module.wrap, Object.getOwnPropertyDescriptor(Module, 'wrap').enumerable);
