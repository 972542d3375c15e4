'use strict';
// Argument validation: every function names the argument it rejects.
const path = require('path');

const bad = [1, null, undefined, {}, [], true, () => {}, 'x'.repeat(30), Symbol('s')];
const calls = {
  resolve: (v, p) => p.resolve('a', v),
  normalize: (v, p) => p.normalize(v),
  isAbsolute: (v, p) => p.isAbsolute(v),
  join: (v, p) => p.join('a', v),
  relative: (v, p) => p.relative(v, 'a'),
  relativeTo: (v, p) => p.relative('a', v),
  dirname: (v, p) => p.dirname(v),
  basename: (v, p) => p.basename(v),
  basenameSuffix: (v, p) => p.basename('a', v),
  extname: (v, p) => p.extname(v),
  parse: (v, p) => p.parse(v),
  format: (v, p) => p.format(v),
  toNamespacedPath: (v, p) => p.toNamespacedPath(v),
};
for (const flavour of [path, path.win32]) {
  for (const [name, call] of Object.entries(calls)) {
    for (const v of bad) {
      try {
        const r = call(v, flavour);
        console.log(name, typeof v, 'ok', typeof r);
      } catch (err) {
        console.log(name, typeof v, err.name, err.code, err.message);
      }
    }
  }
}
try {
  path.win32.resolve('a', 7);
} catch (err) {
  console.log(err.message);
}
try {
  path.basename(1, 1);
} catch (err) {
  console.log(err.message);
}
