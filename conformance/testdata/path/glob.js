'use strict';
// matchesGlob (experimental in v20: it warns once).
const path = require('path');

const cases = [['a/b.js', 'a/*.js'], ['.x.js', '*.js'], ['.x.js', '.*'], ['.', '.*'], ['a/.b/c', 'a/**/c'],
  ['a/b/c/d', 'a/**/d'], ['a', 'a/**'], ['a/', 'a/**'], ['x', '**'], ['.x', '**'], ['a\\b', 'a/b'], ['a/b', 'a\\b'],
  ['!a', '!a'], ['#a', '#a'], ['c', '{a,b}'], ['3', '{1..5}'], ['03', '{01..05}'], ['c', '{a..e}'], ['{a}', '{a}'],
  ['a.', 'a?'], ['X', '[a-z]'], ['-', '[!a-z]'], ['x', '[[:alpha:]]'], ['ab', '+(a|b)'], ['', '*(a|b)'], ['c', '!(a|b)'],
  ['a/b/', 'a/b/'], ['a//b', 'a/b'], ['a/./b', 'a/b'], ['a/b', 'a/c/../b'], ['', ''], ['', '*'], ['a/b/c', '*/c'],
  ['a[b', 'a[b'], ['a.ts', '*.+(js|ts)'], ['z', '**/z'], ['.y/z', '**/z'], ['acdc', 'a{b,c{d,e}}c'], ['a.js', '*.{js,ts}'],
  ['a/', 'a'], ['4', '{1..10..3}']];
for (const [file, pattern] of cases) {
  console.log(JSON.stringify([file, pattern]), path.matchesGlob(file, pattern), path.win32.matchesGlob(file, pattern));
}
try {
  path.matchesGlob('a', 1);
} catch (err) {
  console.log(err.code, err.message);
}
