'use strict';
// Every posix function over a table of awkward inputs.
const path = require('path');

const inputs = ['', '.', '..', '...', '/', '//', '///', 'a', 'a/', 'a//', '/a', '//a', '///a', '/a//b', 'a//b',
  '/a/b/', './a', '../a', 'a/..', 'a/../..', '/..', '/../a', '/a/./b/../c/', '.a', 'a.', '.a.', '..a', 'a..',
  'a.b.c', '/x/y.tar.gz', 'x/.bashrc', '/.', '/..//', 'é/ü.ñ', ' a /b '];

for (const p of inputs) {
  console.log(JSON.stringify(p), [path.normalize(p), path.isAbsolute(p), path.dirname(p), path.basename(p),
    path.extname(p), path.toNamespacedPath(p)]);
  console.log('  parse', path.parse(p), path.format(path.parse(p)));
}
const suffixes = [['a.js', '.js'], ['a.js', 'a.js'], ['/a.js', 'a.js'], ['a.js/', '.js'], ['//', 'x'], ['x/b/', 'ab'],
  ['aaa', 'a'], ['.js', '.js'], ['a', 'abc'], ['a.js', ''], ['dir/', 'ir']];
for (const [p, s] of suffixes) console.log('basename', JSON.stringify([p, s]), JSON.stringify(path.basename(p, s)));

console.log(path.join(), path.join(''), path.join('', ''), path.join('a', '', 'b'), path.join('/a', '../../..', 'b'));
console.log(path.join('a/', '/b/', './c/'), path.join('//a', 'b'), path.join('.', '.'), path.join('..', 'a'));
console.log(path.resolve('/a', 'b', '/c', 'd'), path.resolve('/a/b', '../c', './d/'), path.resolve('/'));
console.log(path.relative(__dirname, path.resolve('x/y')), path.relative(path.resolve('x/y'), __dirname));
console.log(path.resolve('') === process.cwd(), path.resolve() === process.cwd(), path.resolve('.', 'q') === path.join(process.cwd(), 'q'));
const rel = [['/a/b', '/a/c'], ['/a/b', '/a/b/c'], ['/a/b/c', '/a'], ['/', '/a'], ['/a', '/'], ['/a/bc', '/a/b'],
  ['/a/b', '/a/bc'], ['/a//b/', '/a/b'], ['/x', '/y/z'], ['', ''], ['/a/..', '/']];
for (const [f, t] of rel) console.log('relative', JSON.stringify([f, t]), JSON.stringify(path.relative(f, t)));

const objs = [{ root: '/', base: 'x' }, { dir: 'a', name: 'b', ext: 'c' }, { dir: 'a', name: 'b', ext: '.c' },
  { root: '/r', dir: '/r' }, { name: 'n' }, { ext: 'e' }, { root: '/', dir: '/', base: 'f' }, {}, { base: '', name: 'x', ext: '.y' }];
for (const o of objs) console.log('format', o, JSON.stringify(path.format(o)));
console.log(path.sep, path.delimiter);
