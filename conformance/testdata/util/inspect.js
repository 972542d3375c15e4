// util.inspect through console.log: nesting, collections, classes, layout.
const util = require('util');

console.log({ a: 1, b: 'two', c: [3, 4], d: { e: { f: { g: 1 } } } });
console.log([1, [2, [3, [4, [5]]]]], new Array(3), [1, , 3]);
console.log(new Map([['k', { v: [1, 2] }], [{ o: 1 }, new Set([1])]]));
console.log(new Set(['a', 'b']), new WeakMap(), new WeakSet());
console.log(Array.from({ length: 30 }, (_, i) => i * 7));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 12 }, (_, i) => `item-${i}`));
console.log({ long: 'x'.repeat(100), list: ['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)] });
console.log('multi\nline', { s: 'multi\nline\nstring that goes on long enough to be split somewhere' });

class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3 extends Point { constructor() { super(1, 2); this.z = 3; } }
console.log(new Point(1, 2), [new Point3()], Point, Point3);
console.log(Object.create(null), Object.assign(Object.create(null), { k: 1 }));
console.log(function named() {}, () => {}, async function af() {}, function* gen() {});
console.log(new Number(1), new String('s'), new Boolean(true), Object(Symbol('q')), Object(10n));
console.log(Symbol('desc'), 10n, -0, [NaN, Infinity], undefined, null);
console.log(new Date(86400000), /re+g/gim, new Date(NaN));
console.log(new Uint8Array([1, 2, 3]), new Float32Array(2), new ArrayBuffer(4), new DataView(new ArrayBuffer(2)));
console.log(Promise.resolve(42), new Promise(() => {}), Promise.reject(new Point(0, 0)).catch(() => {}) && 'x');
const rejected = Promise.reject(5);
rejected.catch(() => {});
console.log(rejected);
console.log(new Proxy({ target: true }, {}), util.inspect(new Proxy([1], {}), { showProxy: true }));

const circ = { name: 'root', list: [] };
circ.list.push(circ, { back: circ });
circ.self = circ;
console.log(circ);

console.log({ get g() { return 1; }, set s(v) {}, get gs() { return 2; }, set gs(v) {} });
console.log(util.inspect({ get g() { return { deep: 1 }; } }, { getters: true }));
console.log({ 'key-with-dash': 1, valid_id: 2, 3: 'num', [Symbol('sym')]: 4, "quote's": 5 });
console.log({ [util.inspect.custom](depth, opts) { return `custom(depth=${depth})`; } });
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity, compact: false }));
console.log(util.inspect({ b: 2, a: 1, c: [3, 1, 2] }, { sorted: true, breakLength: 10 }));
console.log(util.inspect('x'.repeat(20), { maxStringLength: 5 }), util.inspect([1, 2, 3], { maxArrayLength: 1 }));
console.log(util.inspect(1234567.891, { numericSeparator: true }));
console.log(util.inspect({ a: [1, 'x', null] }, { colors: true }));
console.log((function () { return arguments; })(1, 2));
