'use strict';
// JSON.parse as V8 has it: numbers beyond float64, lone surrogates, the
// texts of the SyntaxErrors, reviver order and holder, __proto__ keys.
const show = (label, f) => {
  let r;
  try {
    r = f();
    r = typeof r === 'string' ? JSON.stringify(r) : Object.is(r, -0) ? '-0' : String(r);
  } catch (e) {
    r = `${e.name}: ${e.message}`;
  }
  console.log(label, '=>', r);
};
const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');

show('1e400', () => JSON.parse('1e400'));
show('-1e400', () => JSON.parse('-1e400'));
show('-1e-400', () => JSON.parse('-1e-400'));
show('nested 1e400', () => JSON.parse('{"a":[1E+400,2]}').a.join());
show('big integer', () => JSON.parse('123456789012345678901234567890'));
show('-0', () => JSON.parse('-0'));
show('\\ud800', () => codes(JSON.parse('"\\ud800"')));
show('\\udc00x\\ud800', () => codes(JSON.parse('"\\udc00x\\ud800"')));
show('escaped pair', () => JSON.parse('"\\ud83d\\ude00"'));
show('raw lone in text', () => codes(JSON.parse('"a\ud800b"')));
show('raw half + escaped half', () => JSON.parse('"\ud83d\\ude00"'));
show('lone surrogate key', () => codes(Object.keys(JSON.parse('{"\\ud800":1}'))[0]));

const bad = ['', ' ', '{"a":1,}', '[1,]', '{"a":1}}', '{a:1}', '"abc', 'undefined', 'NaN',
  'Infinity', '[object Object]', ' undefined', 'tru', 'trux', '[1 2]', '{"a" 1}', '{"a":1,"b"}',
  '"\t"', '01', '-01', '1.', '1e', '1e+', '-', '-x', '{"a":1', '[', '{', 'nul', '"\\x"', '"\\u12"',
  '"\\u', '"\\', '{"a":1} x', '\u00a0 1', '[1,2', '{"a":', '[,]', '{,}', '{"a":1,x}',
  '[' + '1,'.repeat(20) + 'x' + ',1'.repeat(20) + ']', '[' + '1,'.repeat(20) + 'x]',
  '[1,x' + ',1'.repeat(20) + ']', 'x'.repeat(20), 'x'.repeat(21), '\ud83d\ude00x', '"\ud83d\ude00"x'];
for (const s of bad) show('parse ' + JSON.stringify(s), () => JSON.parse(s));
show('parse(123)', () => JSON.parse(123));
show('parse({})', () => JSON.parse({}));
show('parse(Symbol)', () => JSON.parse(Symbol('s')));

const proto = JSON.parse('{"__proto__":{"x":1},"b":2}');
show('__proto__ key', () => [Object.keys(proto).join(), proto.x, Object.getPrototypeOf(proto) === Object.prototype].join(' '));
show('duplicate keys', () => JSON.stringify(JSON.parse('{"a":1,"b":2,"a":3}')));
show('index keys', () => JSON.stringify(JSON.parse('{"b":1,"2":2,"1":3}')));

const log = [];
const revived = JSON.parse('{"a":[1,{"b":2}],"c":3,"d":4}', function (key, value) {
  log.push(`${JSON.stringify(key)}:${Array.isArray(this) ? 'array' : typeof this}`);
  if (key === 'c') return undefined;
  if (key === 'a') this.d = 40; // seen later, as V8 reads the holder live
  return typeof value === 'number' ? value * 10 : value;
});
show('reviver order', () => log.join(' '));
show('reviver result', () => JSON.stringify(revived));
show('reviver on primitive', () => JSON.parse('5', (k, v) => typeof k + k + v));
show('reviver throws', () => JSON.parse('[1]', () => { throw new Error('boom'); }));

const n = 5000;
show('deep nesting', () => JSON.parse('['.repeat(n) + ']'.repeat(n)).length);
show('JSON.parse.length/name', () => JSON.parse.length + ' ' + JSON.parse.name);
