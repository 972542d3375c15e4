'use strict';
// The fields of Timeout and Immediate objects as node has them: the list
// links (_idlePrev/_idleNext), _idleStart, what clearing and running change,
// and the legacy active()/unenroll() on plain objects.
const timers = require('timers');
const util = require('util');

// Node's async ids (Symbol(asyncId), Symbol(triggerId)) are left out.
const shown = (k) => typeof k === 'string' || k.description === 'refed' || k.description === 'kHasPrimitive';
const keysOf = (o) => Reflect.ownKeys(o).filter(shown).map(String).join(', ');
const symbolsOf = (o) => Object.getOwnPropertySymbols(o).filter(shown).map((s) => `${s.description}=${o[s]}`).join(' ');

const t1 = setTimeout(() => {}, 50);
const t2 = setTimeout(() => {}, 50);
console.log('timeout keys:', keysOf(t1));
console.log('idleStart integer:', Number.isInteger(t1._idleStart), t1._idleStart >= 0);
console.log('newest first:', t2._idleNext === t1, t1._idlePrev === t2);
console.log('list:', t1._idleNext.constructor.name, t2._idlePrev === t1._idleNext, t1._idleNext.msecs);
console.log('inspect links:', /_idlePrev: \[Timeout\]/.test(util.inspect(t1)), /_idleNext: \[TimersList\]/.test(util.inspect(t1)));
clearTimeout(t1);
console.log('cleared:', t1._idleTimeout, t1._onTimeout, t1._idlePrev, t1._idleNext, t1._destroyed);
console.log('neighbour relinked:', t2._idleNext.constructor.name, t2._idlePrev.constructor.name);
clearTimeout(t2);
console.log('hasPrimitive:', symbolsOf(t2));
+t2;
console.log('after toPrimitive:', symbolsOf(t2));

const once = setTimeout(() => {
  console.log('in callback:', once._idlePrev, once._idleNext, once._destroyed);
  setImmediate(() => {
    console.log('after run:', once._idlePrev, once._idleNext, once._destroyed, typeof once._onTimeout, once._idleTimeout);
    clearTimeout(once);
    console.log('cleared after run:', once._idleTimeout, once._onTimeout);
    immediates();
  });
}, 1);

function immediates() {
  const a = setImmediate(() => {
    console.log('a running:', a._destroyed, a.hasRef(), a._idleNext === null);
    const c = setImmediate(() => legacy());
    console.log('new queue:', c._idlePrev, c._idleNext);
  });
  const b = setImmediate(() => {});
  console.log('immediate keys:', keysOf(a));
  console.log('queue links:', a._idleNext === b, b._idlePrev === a, a._idlePrev, b._idleNext);
  clearImmediate(b);
  console.log('cleared immediate:', b._onImmediate, b._destroyed, b.hasRef(), a._idleNext, b._idlePrev);
  setImmediate(() => console.log('ran:', a._onImmediate, a.hasRef(), a.ref() === a, a.hasRef()));
}

function legacy() {
  process.noDeprecation = true;
  const item = { _idleTimeout: 5, _onTimeout() { console.log('legacy fired:', item._idlePrev, item._destroyed); } };
  timers.active(item);
  console.log('active:', keysOf(item), Number.isInteger(item._idleStart), item._idleNext.constructor.name);
  const other = { _idleTimeout: 5 };
  timers.active(other);
  timers.unenroll(other);
  console.log('unenrolled:', keysOf(other), other._idleTimeout, other._idleNext, other._idlePrev, other._destroyed);
  const bogus = { _idleTimeout: -1 };
  timers.active(bogus);
  console.log('bogus:', keysOf(bogus));
  const enrolled = {};
  timers.enroll(enrolled, 10);
  console.log('enrolled:', keysOf(enrolled), enrolled._idleNext === enrolled, enrolled._idlePrev === enrolled);
}
