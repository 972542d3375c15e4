'use strict';
// JSON.stringify as V8 has it: well-formed output for lone surrogates,
// -0, BigInt, toJSON, replacers, indentation, what is skipped.
const show = (label, f) => {
  let r;
  try {
    r = f();
    r = r === undefined ? 'undefined' : r;
  } catch (e) {
    r = `${e.name}: ${e.message}`;
  }
  console.log(label, '=>', r);
};
show('lone surrogate', () => JSON.stringify('\ud800'));
show('mixed', () => JSON.stringify('a\udc00b\ud83d\ude00\udbff'));
show('controls', () => JSON.stringify('\u0000\u001f\u007f\u2028\u2029"\\/\b\f\n\r\t'));
show('numbers', () => JSON.stringify([-0, 0, 1e21, 1e-7, NaN, Infinity, -Infinity, 0.1 + 0.2]));
show('bigint', () => JSON.stringify(1n));
show('bigint in object', () => JSON.stringify({ a: 1n }));
show('bigint toJSON', () => {
  BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
  try { return JSON.stringify({ a: 2n }); } finally { delete BigInt.prototype.toJSON; }
});
show('toJSON key', () => JSON.stringify({ a: { toJSON(k) { return 'K' + k; } }, b: [{ toJSON(k) { return typeof k + k; } }] }));
show('indent string > 10', () => JSON.stringify({ a: [1, { b: 2 }], c: [] }, null, 'abcdefghijklmno'));
show('indent 20', () => JSON.stringify({ a: [1, { b: 2 }], c: {} }, null, 20));
show('indent -1', () => JSON.stringify({ a: [1] }, null, -1));
show('indent 3.7', () => JSON.stringify({ a: [1] }, null, 3.7));
show('indent Number/String objects', () => JSON.stringify({ a: [1] }, null, new Number(2)) + JSON.stringify({ a: [1] }, null, new String('--')));
show('symbols', () => JSON.stringify({ [Symbol('x')]: 1, a: Symbol('y'), b: [Symbol(), undefined, function () {}] }));
show('non-enumerable', () => JSON.stringify(Object.defineProperty({ a: 1 }, 'b', { value: 2 })));
show('sparse', () => JSON.stringify([1, , 3]));
show('holes', () => { const a = []; a[5] = 1; return JSON.stringify(a); });
show('long sparse', () => { const a = []; a.length = 1000; return JSON.stringify(a).length; });
show('wrappers', () => JSON.stringify([new String('x'), new Number(3), new Boolean(false)]));
show('BigInt wrapper', () => JSON.stringify([Object(1n)]));
show('replacer array', () => JSON.stringify({ a: 1, b: 2, 1: 3 }, ['b', 1, 'a', new String('b'), {}]));
show('replacer function', () => JSON.stringify({ a: 1, b: [2] }, function (k, v) { return typeof v === 'number' ? v * 10 : v; }));
show('replacer holder', () => { const seen = []; JSON.stringify({ a: [1] }, function (k, v) { seen.push(`${JSON.stringify(k)}:${Array.isArray(this) ? 'array' : typeof this}`); return v; }); return seen.join(' '); });
show('date', () => JSON.stringify(new Date(0)));
show('invalid date', () => JSON.stringify(new Date(NaN)));
show('map/set', () => JSON.stringify([new Map([[1, 2]]), new Set([1])]));
show('undefined', () => JSON.stringify(undefined));
show('function', () => JSON.stringify(function () {}));
show('key order', () => JSON.stringify({ b: 1, 2: 2, a: 3, 1: 4 }));
show('unicode keys', () => JSON.stringify({ 'é\ud800': 1 }));
