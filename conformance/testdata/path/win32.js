'use strict';
// path.win32 over drive, UNC, device and reserved-name inputs.
const { win32 } = require('path');

const inputs = ['', '.', '\\', '/', 'C:', 'c:', 'C:\\', 'C:/', 'C:a', 'C:\\a\\..\\..', 'C:..\\a', '\\\\server\\share',
  '\\\\server\\share\\', '\\\\server\\share\\a\\..\\..', '//server/share/x', '\\\\server', '\\\\\\a\\b', '\\\\?\\C:\\a\\..',
  '\\\\?\\x\\y', '\\\\.\\pipe\\name', '\\\\?\\', 'a\\b/c', 'a:b', 'ab:', 'a/b:', 'aa:/..', 'CON', 'CON:', 'con:./x',
  'COM1:\\a\\..', 'COM9.', 'CONX', 'LPT¹:', 'a/../C:foo', '::', ':', 'x.tar.gz', 'C:\\x\\.bashrc', 'C:\\..', '\\a\\b\\',
  'C:\\a\\b.c\\', 'd:x.js'];

for (const p of inputs) {
  console.log(JSON.stringify(p), [win32.normalize(p), win32.isAbsolute(p), win32.dirname(p), win32.basename(p),
    win32.extname(p)]);
  console.log('  parse', win32.parse(p), JSON.stringify(win32.format(win32.parse(p))));
}
console.log(win32.join('a', 'b', '..', 'c'), win32.join('\\\\server', 'share'), win32.join('//', 'a'), win32.join('\\\\', '\\a'),
  win32.join('C:', 'x'), win32.join('x', 'CON:'), win32.join(), win32.join('', ''));
console.log(win32.resolve('C:\\a', 'b'), win32.resolve('C:\\a', 'D:\\b', 'c'), win32.resolve('C:\\a', '\\b'),
  win32.resolve('\\\\s\\h', 'x'), win32.resolve('C:\\a', '\\\\s\\h\\y'), win32.resolve('C:\\', '..'));
const rel = [['C:\\a\\b', 'C:\\a\\c'], ['C:\\a', 'C:\\A\\b'], ['C:\\a', 'D:\\a'], ['C:\\', 'C:\\x'], ['C:\\x', 'C:\\'],
  ['\\\\s\\h\\a', '\\\\s\\h\\b'], ['\\\\s\\h', '\\\\s\\h\\b'], ['C:\\ab', 'C:\\a'], ['C:\\a\\b', 'C:\\ab'], ['C:\\foo', 'C:\\foo']];
for (const [f, t] of rel) console.log('relative', JSON.stringify([f, t]), JSON.stringify(win32.relative(f, t)));
for (const p of ['C:\\x', 'c:/x/../y', '\\\\s\\h\\f', '\\\\?\\C:\\x', '\\\\.\\pipe\\x', '', 42, null]) {
  console.log('namespaced', JSON.stringify(p), JSON.stringify(win32.toNamespacedPath(p)));
}
for (const [p, s] of [['C:\\a.js', '.js'], ['C:', 'C:'], ['C:\\', 'x'], ['a\\b\\', 'ab'], ['C:foo.js', 'foo.js']]) {
  console.log('basename', JSON.stringify([p, s]), JSON.stringify(win32.basename(p, s)));
}
console.log(win32.format({ root: 'C:\\', dir: 'C:\\', base: 'f' }), win32.format({ dir: 'C:\\x', name: 'y', ext: 'z' }));
console.log(JSON.stringify([win32.sep, win32.delimiter]));
