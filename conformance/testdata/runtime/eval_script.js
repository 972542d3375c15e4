'use strict';
// -e and -p run their code as a script in the global scope, as node's
// vm.runInThisContext: this is globalThis, var declares globals, and
// __filename, module, exports, __dirname and require are globals, and so
// are the core modules (hidden, loaded on first use).
const { spawnSync } = require('child_process');
const cases = [
  ['-e', 'var x = 1; console.log(this === globalThis, globalThis.x, typeof globalThis.require, __filename, __dirname, module.id, exports === module.exports)'],
  ['-e', 'const k = Object.keys(globalThis); console.log(k.slice(k.indexOf("crypto") + 1))'],
  ['-e', 'console.log(require("path").basename("/a/b.js"), require.main)'],
  ['-p', 'var y = 2; y + 1'],
  ['-p', '({ a: 1, b: [1, 2] })'],
  ['-p', '"str"'],
  ['-p', 'typeof http.STATUS_CODES + " " + typeof os.cpus + " " + Object.getOwnPropertyDescriptor(globalThis, "path").enumerable'],
  ['-e', 'path = 5; console.log(path, typeof require("path").join)'],
  ['-e', 'return 5'],
  ['-e', 'throw new Error("boom")'],
  ['-e', 'let z = ;'],
  ['-e', 'function f() { return this; } console.log(f() === globalThis)'],
];
for (const args of cases) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const err = r.stderr.split('\n').filter((l) => !/^\s+at /.test(l)).join('\n');
  console.log(JSON.stringify(args), r.status);
  console.log(r.stdout.trimEnd());
  console.log(err.trimEnd());
}
