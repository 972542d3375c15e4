// Node's legacy timers API (enroll, active, _unrefActive, unenroll) with its
// deprecation warnings and argument errors; Symbol.dispose on timers;
// sub-millisecond delays share a whole-millisecond list and fire in order;
// an interval ends when its callback sets _idleTimeout to -1, drops
// _onTimeout, or unenrolls it. Results print at exit, in a fixed order, so
// the machine's speed cannot reorder them.
const t = require('timers');
const seen = {};
const o = { _onTimeout() { seen.enrolled = this === o; } };
t.enroll(o, 10);
t.active(o);
t._unrefActive({ _idleTimeout: 5, _onTimeout() {} });
setTimeout(() => { t.unenroll(o); seen.afterUnenroll = o._idleTimeout; }, 50);
for (const bad of [-1, 'x', Infinity]) {
  try { t.enroll({}, bad); } catch (e) { console.log(e.code, e.message); }
}
console.log(Object.keys(t));
const x = setTimeout(() => {}, 5);
console.log(typeof x[Symbol.dispose], typeof Symbol.dispose, Symbol.dispose.toString(), typeof Symbol.asyncDispose, Symbol.keyFor(Symbol.dispose));
const im = setImmediate(() => { seen.disposedImmediateRan = true; });
im[Symbol.dispose]();
const p = { _idleTimeout: 20, _onTimeout() { seen.p = 'fired'; } };
t.active(p);
setTimeout(() => t.unenroll(p), 5);
const q = { _onTimeout() { seen.q = 'fired'; } };
t.enroll(q, 10);
t.active(q);
clearTimeout(q);
const order = [];
setTimeout(() => order.push(1), 1);
setTimeout(() => order.push(2), 1.8);
setTimeout(() => order.push(3), 1.1);
setTimeout(() => order.push(4), 1);
const u = setInterval(() => {}, 1);
process.nextTick(u.unref.bind({}));
process.nextTick(u.unref.bind(u));
const stops = [];
const i1 = setInterval(() => { stops.push('idle'); i1._idleTimeout = -1; }, 1);
const i2 = setInterval(() => { stops.push('drop'); i2._onTimeout = null; }, 1);
const i3 = setInterval(() => { stops.push('unenroll'); t.unenroll(i3); }, 1);
const big = { _onTimeout() {} };
t.enroll(big, 2 ** 31);
console.log('clamped to', big._idleTimeout);
process.on('exit', () => {
  console.log('order of 1, 1.8, 1.1, 1 ms:', order);
  console.log('each interval ran once:', stops.sort().join(','));
  console.log(seen);
});
