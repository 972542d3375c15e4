// structuredClone: supported types, cycles, shared buffers, errors, what
// cannot be cloned (DataCloneError) and the transfer option.
'use strict';
const t = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, 'threw', e.name, e.code, e.message, e instanceof DOMException); } };
const o = { a: 1, s: 'x', n: null, u: undefined, d: new Date(0), r: /ab+c/gi, m: new Map([[1, { x: 1 }]]), st: new Set([1, 'a']), arr: [1, , 3], big: 10n, neg0: -0, nan: NaN };
o.self = o;
t('clone', () => { const c = structuredClone(o); return [c, c.self === c, c !== o, c.m.get(1) !== o.m.get(1), Object.is(c.neg0, -0)]; });
const sparse = [1, 2]; sparse[5] = 6; sparse.extra = 'x';
t('sparse', () => structuredClone(sparse));
t('wrappers', () => structuredClone([new Number(1), new String('s'), new Boolean(false), Object(5n)]));
const re = /x/y; re.lastIndex = 3; t('regexp', () => [structuredClone(re).lastIndex, structuredClone(re).flags]);
const ab = new ArrayBuffer(8); const u8 = new Uint8Array(ab, 2, 4); const dv = new DataView(ab);
t('buffers', () => { const c = structuredClone({ ab, u8, dv, f: new Float64Array([1.5]) }); return [c, c.u8.buffer === c.ab, c.dv.buffer === c.ab]; });
t('buffer', () => structuredClone(Buffer.from('hi')));
class Foo { constructor() { this.x = 1; } get y() { return 2; } }
t('class', () => { const c = structuredClone(new Foo()); return [c, c.constructor.name]; });
t('getter', () => structuredClone({ get g() { return 'got'; } }));
t('symbol key', () => structuredClone({ [Symbol('k')]: 1, a: 2 }));
t('nonenum', () => structuredClone(Object.defineProperty({}, 'h', { value: 1, enumerable: false })));
const err = new RangeError('bad', { cause: 'c' }); err.extra = 1;
t('error', () => { const c = structuredClone(err); return [c, c.constructor.name, c.name, c.message, c.cause, c.extra, c.stack === err.stack, Object.getOwnPropertyNames(c)]; });
class MyErr extends TypeError { constructor(m) { super(m); this.name = 'MyErr'; } }
t('custom error', () => { const c = structuredClone(new MyErr('m')); return [c.constructor.name, c.name, Object.getOwnPropertyNames(c)]; });
const e2 = new Error('x'); e2.name = 'SyntaxError'; t('renamed', () => structuredClone(e2).constructor.name);
const e3 = new Error('x'); e3.name = 'Whatever'; t('renamed2', () => [structuredClone(e3).constructor.name, structuredClone(e3).name]);
t('fn', () => structuredClone(function foo() { return 1; }));
t('arrow', () => structuredClone({ a: () => 1 }));
t('sym', () => structuredClone(Symbol('q')));
t('promise', () => structuredClone(Promise.resolve()));
t('weakmap', () => structuredClone(new WeakMap()));
t('none', () => structuredClone());
t('undefined', () => structuredClone(undefined));
t('prims', () => [structuredClone(1), structuredClone('s'), structuredClone(null), structuredClone(true), structuredClone(5n)]);
t('transfer', () => { const b = new ArrayBuffer(4); new Uint8Array(b)[0] = 9; const c = structuredClone(b, { transfer: [b] }); return [b.byteLength, c.byteLength, new Uint8Array(c)[0]]; });
t('transfer bad', () => structuredClone(1, { transfer: [1] }));
t('transfer notarray', () => structuredClone(1, { transfer: 1 }));
t('options bad', () => structuredClone(1, 5));
t('proxy', () => structuredClone(new Proxy({ a: 1 }, {})));
t('date invalid', () => structuredClone(new Date(NaN)));
t('blob?', () => structuredClone(new Blob(['ab'])));
t('dom exc', () => structuredClone(new DOMException('m', 'AbortError')));
t('map keys objects', () => {
  const k = { k: 1 };
  const c = structuredClone(new Map([[k, k]]));
  const [[ck, cv]] = c;
  return [ck === cv, ck !== k];
});
t('nested error cause', () => {
  const e = new Error('outer', { cause: new TypeError('inner') });
  const c = structuredClone(e);
  return [c.cause instanceof TypeError, c.cause.message];
});
t('typed kinds', () => ['Int8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint32Array', 'Float32Array', 'BigInt64Array', 'BigUint64Array']
  .map((k) => structuredClone(new globalThis[k](2)).constructor.name).join());
t('array holes and props', () => {
  const a = [1, , 3];
  a.p = 'q';
  const c = structuredClone(a);
  return [c.length, 1 in c, c.p];
});
t('getter throws', () => structuredClone({ get x() { throw new Error('boom'); } }));
t('nested fn path', () => structuredClone({ a: [{ b: function named() {} }] }));
