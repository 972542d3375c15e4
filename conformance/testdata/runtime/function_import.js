'use strict';
// import() inside code made by new Function (real-require's realImport, as
// pino's worker transports use it): goja cannot parse it there, so such a
// body is compiled again with the calls going to an import; Function
// itself still looks native (name, length, toString, instanceof, subclass).
const path = require('path');
const { pathToFileURL } = require('url');
const realImport = new Function('modulePath', 'return import(modulePath)');
console.log(typeof realImport, realImport.length, realImport instanceof Function);
console.log(Function.name, Function.length, String(Function), (function () {}).constructor === Function);
console.log(new Function('a', 'b', 'return a + b')(1, 2), Function('return 5')(), Function.call(null, 'a', 'return a * 2')(4));
class X extends Function { constructor() { super('return 7'); this.tag = 'x'; } }
const x = new X();
console.log(x(), x instanceof X, x.tag, Object.getPrototypeOf(x) === X.prototype);
try { new Function('let x = ;'); } catch (e) { console.log(e.name); }
(async () => {
  const os = await realImport('node:os');
  console.log(typeof os.default.cpus, typeof os.cpus);
  console.log(await realImport(path.join(__dirname, 'fixtures', 'function_import.mjs')));
  console.log(await realImport(pathToFileURL(path.join(__dirname, 'fixtures', 'function_import.mjs')).href));
  await realImport(path.join(__dirname, 'fixtures', 'function_import_throws.js')).catch((e) => console.log('rejected', e.message));
  await realImport(path.join(__dirname, 'fixtures', 'nope.js')).catch((e) => console.log('rejected', e.code));
})();
