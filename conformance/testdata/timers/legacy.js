// Node's legacy timers API (enroll, active, _unrefActive, unenroll) with its
// deprecation warnings and argument errors; Symbol.dispose on timers;
// sub-millisecond delays share a whole-millisecond list and fire in order.
const t=require('timers'); const o={_onTimeout(){console.log('fired', this===o)}};
t.enroll(o, 10); t.active(o); t._unrefActive({_idleTimeout: 5, _onTimeout(){}}); setTimeout(()=>{t.unenroll(o); console.log(o._idleTimeout)}, 50);
try { t.enroll({}, -1) } catch(e) { console.log(e.code, e.message) }
try { t.enroll({}, 'x') } catch(e) { console.log(e.code, e.message) }
try { t.enroll({}, Infinity) } catch(e) { console.log(e.code, e.message) }
console.log(Object.keys(t));
const x = setTimeout(()=>{}, 5); console.log(typeof x[Symbol.dispose], typeof Symbol.dispose, Symbol.dispose && Symbol.dispose.toString(), typeof Symbol.asyncDispose, Symbol.keyFor(Symbol.dispose));
const im = setImmediate(()=>console.log('imm')); console.log(typeof im[Symbol.dispose]); im[Symbol.dispose]();
const p = {_idleTimeout: 20, _onTimeout() { console.log('p fired'); }}; t.active(p); setTimeout(() => t.unenroll(p), 5);
const q = {_onTimeout() { console.log('q cleared? no'); }}; t.enroll(q, 10); t.active(q); clearTimeout(q);
const a = [];
setTimeout(() => a.push(1), 1); setTimeout(() => a.push(2), 1.8); setTimeout(() => a.push(3), 1.1); setTimeout(() => a.push(4), 1);
setTimeout(() => console.log(a), 3);
const u = setInterval(() => {}, 1); process.nextTick(u.unref.bind({})); process.nextTick(u.unref.bind(u));
