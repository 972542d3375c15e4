'use strict';
// clearTimeout, clearInterval and clearImmediate with what they were not
// made for, as node treats it: nothing happens, except that clearImmediate
// throws on a primitive, marks a plain object as cleared, and takes a
// Timeout given by mistake off its list, so it never fires. (Node then
// keeps counting that timer and spins at the end: the script exits itself.)
const show = (name, f) => {
  try {
    console.log(name, 'ok', f());
  } catch (e) {
    console.log(name, e.name, e.message);
  }
};

for (const v of [undefined, null, 0, 1.5, '1', 'x', {}, [], () => {}, Symbol('s')]) {
  const label = typeof v === 'symbol' ? 'symbol' : JSON.stringify(v) ?? typeof v;
  show(`clearTimeout(${label})`, () => clearTimeout(v));
  show(`clearInterval(${label})`, () => clearInterval(v));
}
for (const v of [undefined, null, 0, '', 1, 'x', true, Symbol('s'), 1n]) {
  show(`clearImmediate(${typeof v === 'symbol' ? 'symbol' : String(v)})`, () => clearImmediate(v));
}
const plain = {};
clearImmediate(plain);
console.log('plain object after clearImmediate:', Object.keys(plain).sort().join());

const stages = [
  (next) => {
    // clearTimeout does not stop an immediate.
    const im = setImmediate(() => { console.log('immediate ran after clearTimeout'); next(); });
    clearTimeout(im);
    clearInterval(im);
  },
  (next) => {
    // Nor clearImmediate a cleared Timeout's twin: only the one it is given.
    const t = setTimeout(() => console.log('cleared by clearImmediate: not printed'), 1);
    const kept = setTimeout(() => { console.log('other timer fired', t._destroyed, t._onImmediate); next(); }, 5);
    clearImmediate(t);
    console.log('after clearImmediate(timeout):', t._destroyed, t._idleNext, t._idlePrev, kept._destroyed);
  },
  (next) => {
    // An interval cleared with clearTimeout (and a timeout with clearInterval).
    let n = 0;
    const iv = setInterval(() => {
      if (++n === 2) { clearTimeout(iv); console.log('interval stopped after', n); next(); }
    }, 1);
  },
  (next) => {
    const t = setTimeout(() => console.log('not printed'), 1);
    clearInterval(t);
    // A timer's primitive id clears it too.
    const byId = setTimeout(() => console.log('not printed either'), 1);
    clearTimeout(String(+byId));
    setTimeout(() => { console.log('done', t._destroyed, byId._destroyed); process.exit(0); }, 5);
  },
];
const next = () => { const s = stages.shift(); if (s) s(next); };
next();
