'use strict';
// The messages of strictEqual/deepStrictEqual failures: the one-line form,
// the "+ actual - expected" diff, folding of long identical runs, the caret.
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('(no throw)');
  } catch (e) {
    console.log(`[${e.operator}] generated=${e.generatedMessage}`);
    console.log(e.message);
    console.log('-----');
  }
}

const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));

show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual(0, -0));
show(() => assert.strictEqual(-0, 0));
show(() => assert.strictEqual(NaN, 0));
show(() => assert.strictEqual('a', 'b'));
show(() => assert.strictEqual(true, false));
show(() => assert.strictEqual(null, undefined));
show(() => assert.strictEqual(1n, 2n));
show(() => assert.strictEqual('1', 1));
show(() => assert.strictEqual('hello world', 'hello there'));
show(() => assert.strictEqual('abc', 'abd and some more text'));
show(() => assert.strictEqual('x'.repeat(50), 'x'.repeat(49) + 'y'));
show(() => assert.strictEqual('x'.repeat(60), 'x'.repeat(59) + 'y'));
show(() => assert.strictEqual('line1\nline2\nline3', 'line1\nline2 changed\nline3'));
show(() => assert.strictEqual({}, {}));
show(() => assert.strictEqual([], []));
show(() => assert.strictEqual({ a: 1 }, { a: 2 }));
show(() => assert.strictEqual([1, 2], [1, 3]));
show(() => assert.strictEqual(function f() {}, function g() {}));
show(() => assert.strictEqual(Symbol('a'), Symbol('a')));
show(() => assert.strictEqual(1, '1', 'my message'));
show(() => assert.strictEqual(12345678, 123456789));
show(() => assert.strictEqual(1234567, 1234568));

show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 2, c: 3 }));
show(() => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1, b: 2 }));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
show(() => assert.deepStrictEqual([1, 2, 3, 4], [1, 2, 3]));
show(() => assert.deepStrictEqual(range(10), range(10, (i) => (i === 9 ? 11 : i))));
show(() => assert.deepStrictEqual(range(10, (i) => (i === 0 ? -1 : i)), range(10)));
show(() => assert.deepStrictEqual(range(30), range(30, (i) => (i === 15 ? 'x' : i))));
show(() => assert.deepStrictEqual(range(120), range(120, (i) => (i % 7 === 0 ? -i : i))));
show(() => assert.deepStrictEqual(range(8), range(8, (i) => (i === 4 ? 0 : i))));
show(() => assert.deepStrictEqual(range(9), range(9, (i) => (i === 4 ? 0 : i))));
show(() => assert.deepStrictEqual(range(11), range(11, (i) => (i === 5 ? 0 : i))));
show(() => assert.deepStrictEqual(range(14), range(14, (i) => (i === 3 || i === 10 ? 0 : i))));
show(() => assert.deepStrictEqual(range(6), range(6, (i) => (i === 0 ? 9 : i))));
show(() => assert.deepStrictEqual(range(7), range(7, (i) => (i === 0 ? 9 : i))));
show(() => assert.deepStrictEqual(range(3), range(12)));
show(() => assert.deepStrictEqual(range(12), range(3)));
show(() => assert.deepStrictEqual({ a: { b: { c: [1, 2, { d: 3 }] } } }, { a: { b: { c: [1, 2, { d: 4 }] } } }));
show(() => assert.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }));
show(() => assert.deepStrictEqual([1, 2, 3], ['1', '2', '3']));
show(() => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])));
show(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
show(() => assert.deepStrictEqual(new Date(0), new Date(1)));
show(() => assert.deepStrictEqual(/a/g, /a/i));
show(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
show(() => assert.deepStrictEqual(new TypeError('same'), new RangeError('same')));
show(() => assert.deepStrictEqual({ x: 'long string '.repeat(10) }, { x: 'long string '.repeat(9) }));
show(() => assert.deepStrictEqual(Object.create(null), {}));
show(() => assert.deepStrictEqual([1, [2, [3, [4, [5]]]]], [1, [2, [3, [4, [6]]]]]));
show(() => assert.deepStrictEqual({ a: undefined }, {}));
show(() => assert.deepStrictEqual([,1], [undefined, 1]));
show(() => assert.deepStrictEqual('a\nb\nc\nd\ne\nf\ng', 'a\nb\nc\nd\ne\nf\nh'));
show(() => assert.deepStrictEqual(range(60, (i) => ({ i })), range(60, (i) => ({ i: i === 59 ? 0 : i }))));
show(() => assert.deepStrictEqual(range(60, (i) => ({ i })), range(60, (i) => ({ i: i % 2 ? 0 : i }))));
show(() => assert.deepStrictEqual(range(70), range(70, () => 0)));
show(() => assert.deepStrictEqual(range(100, (i) => `item${i}`), range(100, (i) => `item${i}`).concat('extra')));
show(() => assert.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9 }));
show(() => assert.deepStrictEqual(1, 2));
show(() => assert.deepStrictEqual('a', 'b'));
show(() => assert.deepStrictEqual(0, -0));
show(() => assert.deepStrictEqual([0], [-0]));
show(() => assert.deepStrictEqual(null, {}));
