// Deterministic random values for cross-engine checks: fuzz(util, seed, n)
// inspects n generated values with varied options and returns the outputs.
// The same source runs under Node (fuzz_node.js) and under gocluster
// (util_test.go); both must produce the same strings.
function fuzz(util, seed, n) {
  function rnd() {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  }
  function pick(a) { return a[Math.floor(rnd() * a.length)]; }
  const strs = ['', 'a', 'hello world', "it's", 'multi\nline\ntext that is long enough to wrap around maybe',
    'x'.repeat(30), '\u4e2d\u6587\u5b57\u7b26', 'emoji \ud83d\ude00', 'tab\t', 'q"uote', 'caf\u00e9'];
  const protoClasses = [class Point { constructor() { this.x = 1; } }, class extends Map {}, class Temp extends Array {}];
  function leaf() {
    return pick([
      () => Math.floor(rnd() * 1000), () => rnd() * 1e6, () => -rnd(), () => -0, () => NaN,
      () => pick(strs), () => true, () => null, () => undefined,
      () => BigInt(Math.floor(rnd() * 1e9)), () => Symbol('s' + Math.floor(rnd() * 10)),
      () => new Date(Math.floor(rnd() * 1e12)), () => /ab+c/gi, () => ({ named() {} }).named,
      () => () => {}, () => new Number(rnd()), () => new String('boxed'),
      () => { const e = new Error('fuzz error'); e.stack = 'Error: fuzz error\n    at f (file.js:1:1)'; return e; },
      () => Promise.resolve(Math.floor(rnd() * 10)), () => new WeakSet(),
      () => ({ get g() { return 1; }, set s(v) {} }), () => ({ [Symbol('k')]: 'sym' }),
      () => Object.defineProperty({}, 'hidden', { value: 'h', enumerable: false }),
      () => new Proxy({ proxied: true }, {}), () => [1, , 3],
      () => ({ [Symbol.toStringTag]: 'Tagged', v: 1 }),
      () => 'long '.repeat(Math.floor(rnd() * 40)),
    ])();
  }
  function gen(d) {
    if (d > 4 || rnd() < 0.35) return leaf();
    const n = Math.floor(rnd() * (rnd() < 0.2 ? 40 : 6));
    switch (Math.floor(rnd() * 10)) {
      case 0: case 1: {
        const o = {};
        for (let i = 0; i < n; i++) {
          o[pick(['a', 'bb', 'key' + i, 'with-dash' + i, 'longerPropertyName' + i, String(i)])] = gen(d + 1);
        }
        return o;
      }
      case 2: case 3: {
        const a = [];
        for (let i = 0; i < n; i++) a.push(gen(d + 1));
        if (rnd() < 0.1) a.extra = 1;
        if (rnd() < 0.1) a.length += 3;
        return a;
      }
      case 4: {
        const m = new Map();
        for (let i = 0; i < n; i++) m.set(gen(d + 2), gen(d + 1));
        return m;
      }
      case 5: {
        const s = new Set();
        for (let i = 0; i < n; i++) s.add(gen(d + 1));
        return s;
      }
      case 6: {
        const a = [];
        for (let i = 0; i < n * 3; i++) {
          a.push(pick([Math.floor(rnd() * 100), Math.floor(rnd() * 100000), -Math.floor(rnd() * 10), rnd()]));
        }
        return a;
      }
      case 7: {
        const C = pick(protoClasses);
        const o = new C();
        if (n > 2) o.extra = gen(d + 1);
        return o;
      }
      case 8: {
        const t = new Uint8Array(n * 4);
        for (let i = 0; i < t.length; i++) t[i] = Math.floor(rnd() * 256);
        return rnd() < 0.5 ? t : t.buffer;
      }
      default: {
        const o = Object.create(null);
        o.v = gen(d + 1);
        if (rnd() < 0.5) o.self = o;
        return o;
      }
    }
  }
  const optsList = [{}, { depth: 4 }, { compact: false }, { compact: 1 }, { breakLength: 40 },
    { colors: true }, { sorted: true }, { depth: null, breakLength: 120 }, { compact: true },
    { maxArrayLength: 5 }, { showHidden: true }, { numericSeparator: true }, { maxStringLength: 8 }];
  const out = [];
  for (let i = 0; i < n; i++) {
    const v = gen(0);
    const o = pick(optsList);
    out.push(util.inspect(v, o));
  }
  return out;
}
