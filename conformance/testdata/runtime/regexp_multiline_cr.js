// With the m flag, ^ and $ meet any line terminator: \n, \r, \u2028 and
// \u2029 (CRLF text, HTTP heads, Windows files), not only \n. [^$] and \$
// stay what they are.
const text = 'x: 1\r\ny: 2\r\nz: 3';
console.log(JSON.stringify(text.match(/^y: (.*)$/m)), /^a$/m.test('a\r\nb'), /^b$/m.test('a\rb'));
console.log(JSON.stringify('a\r\nb\r\n'.replace(/$/gm, '|')), JSON.stringify('a\r\nb'.split(/^/m)));
console.log(/^b/m.test('a\u2028b'), /a$/m.test('a\u2029'), /^Connection: close\r\n$/m.test('HTTP/1.1 304\r\nConnection: close\r\n\r\n'));
console.log(/[^$]\$$/m.test('a$\rb'), JSON.stringify('1$\r2$'.match(/\d\$$/gm)), /^\^/m.test('x\r^'));
console.log(/^x$/.test('x\r'), /^x$/u.test('x'), /^é$/mu.test('a\ré'));
