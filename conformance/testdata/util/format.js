// util.format and console.log substitutions.
const util = require('util');

console.log('%s %d %i %f %j', 'str', 42.5, 42.5, '3.5', { j: [1] });
console.log('%o', { a: [1, 2], f() {} });
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%s', { a: { b: { c: 1 } } }, '%s');
console.log('%c styled %s', 'color: red', 'text');
console.log('100%', '%%', '%d%%', 5);
console.log('%s:%s', 'only');
console.log(util.format('%s', new (class Foo { toString() { return 'FOO'; } })()));
console.log(util.format('%s', null, undefined, 5n, Symbol('s')));
console.log(util.format('%d %i', '0x10', -0.5));
console.log(util.format(1, 'two', { three: 3 }));
const o = {}; o.o = o;
console.log(util.format('%j', o));
console.log(util.formatWithOptions({ numericSeparator: true }, '%d', 1234567));
console.log(util.formatWithOptions({ compact: false }, { a: 1 }));
console.error('%s to stderr', 'written');
