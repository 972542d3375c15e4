'use strict';
// equal, notEqual, notStrictEqual, deepEqual, notDeepEqual,
// notDeepStrictEqual: what passes and the messages of what fails.
const assert = require('assert');

function show(label, fn) {
  try {
    fn();
    console.log(`${label}: pass`);
  } catch (e) {
    console.log(`${label}: ${e.name} [${e.operator}] generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}

show('equal 1 "1"', () => assert.equal(1, '1'));
show('equal null undefined', () => assert.equal(null, undefined));
show('equal NaN NaN', () => assert.equal(NaN, NaN));
show('equal 1 2', () => assert.equal(1, 2));
show('equal objects', () => assert.equal({ a: 1 }, { a: 1 }));
show('equal long', () => assert.equal('x'.repeat(600), 'y'));
show('equal msg', () => assert.equal(1, 2, 'one is not two'));
show('equal err msg', () => assert.equal(1, 2, new RangeError('custom error')));
show('notEqual 1 1', () => assert.notEqual(1, 1));
show('notEqual NaN', () => assert.notEqual(NaN, NaN));
show('notEqual 1 "1"', () => assert.notEqual(1, '1'));
show('notEqual 1 2', () => assert.notEqual(1, 2));
show('notStrictEqual 1 1', () => assert.notStrictEqual(1, 1));
show('notStrictEqual str', () => assert.notStrictEqual('abcdef', 'abcdef'));
show('notStrictEqual obj', () => { const o = { a: 1 }; assert.notStrictEqual(o, o); });
show('notStrictEqual fn', () => { const f = function named() {}; assert.notStrictEqual(f, f); });
show('notStrictEqual NaN', () => assert.notStrictEqual(NaN, NaN));
show('notStrictEqual big', () => { const a = Array.from({ length: 80 }, (_, i) => i); assert.notStrictEqual(a, a); });
show('deepEqual loose', () => assert.deepEqual({ a: 1, b: [1, '2'] }, { a: '1', b: ['1', 2] }));
show('deepEqual fail', () => assert.deepEqual({ a: 1 }, { a: 2 }));
show('deepEqual fail long', () => assert.deepEqual({ a: 'x'.repeat(600) }, { a: 1 }));
show('deepEqual dates', () => assert.deepEqual(new Date(0), new Date(0)));
show('deepEqual proto ignored', () => assert.deepEqual(Object.create(null), {}));
show('deepEqual map', () => assert.deepEqual(new Map([[1, 2]]), new Map([[1, '2']])));
show('deepEqual set', () => assert.deepEqual(new Set([1, {}]), new Set([{}, 1])));
show('notDeepEqual same', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
show('notDeepEqual identical text', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show('notDeepEqual different text', () => assert.notDeepEqual([1, 2], ['1', '2']));
show('notDeepEqual pass', () => assert.notDeepEqual({ a: 1 }, { a: 2 }));
show('deepStrictEqual pass', () => assert.deepStrictEqual({ a: [1, { b: new Map([[1, new Set([2])]]) }] }, { a: [1, { b: new Map([[1, new Set([2])]]) }] }));
show('deepStrictEqual proto', () => assert.deepStrictEqual(Object.create(null), {}));
show('deepStrictEqual NaN', () => assert.deepStrictEqual(NaN, NaN));
show('deepStrictEqual -0', () => assert.deepStrictEqual(-0, 0));
show('deepStrictEqual symbols keys', () => { const s = Symbol('k'); assert.deepStrictEqual({ [s]: 1 }, { [s]: 2 }); });
show('deepStrictEqual boxed', () => assert.deepStrictEqual(new Number(1), new Number(2)));
show('deepStrictEqual typed', () => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
show('deepStrictEqual circular', () => {
  const a = { name: 'a' }; a.self = a;
  const b = { name: 'a' }; b.self = b;
  assert.deepStrictEqual(a, b);
});
show('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show('notDeepStrictEqual short', () => assert.notDeepStrictEqual(1, 1));
show('notDeepStrictEqual 6 chars', () => assert.notDeepStrictEqual('abcd', 'abcd'));
show('notDeepStrictEqual pass', () => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
show('missing args', () => assert.equal(1));
show('missing args strict', () => assert.strictEqual());
show('missing args deep', () => assert.deepStrictEqual({}));
