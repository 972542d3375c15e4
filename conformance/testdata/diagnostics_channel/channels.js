'use strict';
// diagnostics_channel: named channels, subscribers, a throwing subscriber
// (rethrown on the next tick as uncaught), tracing channels around sync,
// promise and callback work, bound stores, and argument errors.
const dc = require('diagnostics_channel');

const ch = dc.channel('app:req');
console.log(ch === dc.channel('app:req'), ch instanceof dc.Channel, ch.name, ch.hasSubscribers, dc.hasSubscribers('app:req'));
const seen = (data, name) => console.log('seen', data, name);
ch.subscribe(seen);
dc.subscribe('app:req', (data) => console.log('second', data.n));
console.log(ch.hasSubscribers, dc.hasSubscribers('app:req'), dc.hasSubscribers('other'));
ch.publish({ n: 1 });
console.log(ch.unsubscribe(seen), ch.unsubscribe(seen), dc.unsubscribe('nope', seen));
ch.publish({ n: 2 });
const sym = Symbol('s');
console.log(dc.channel(sym).name === sym);
for (const bad of [1, null, undefined]) {
  try { dc.channel(bad); } catch (err) { console.log(err.code, err.message); }
}
try { ch.subscribe('x'); } catch (err) { console.log(err.code, err.message); }

const tc = dc.tracingChannel('work');
console.log(tc.hasSubscribers, tc.start.name, tc.asyncEnd.name);
console.log(tc.traceSync((a, b) => a + b, {}, null, 1, 2));
const log = (event) => (ctx) => console.log(event, JSON.stringify(ctx, (k, v) => (v instanceof Error ? v.message : v)));
tc.subscribe({ start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: log('error') });
console.log(tc.hasSubscribers);
console.log('sync', tc.traceSync(function add(a, b) { return a + b + this.k; }, { op: 'add' }, { k: 10 }, 1, 2));
try {
  tc.traceSync(() => { throw new Error('sync fail'); }, { op: 'fail' });
} catch (err) {
  console.log('thrown', err.message);
}

const store = { value: undefined, run(v, fn) { const old = this.value; this.value = v; try { return fn(); } finally { this.value = old; } } };
tc.start.bindStore(store, (ctx) => `store for ${ctx.op}`);
tc.traceSync(() => console.log('inside', store.value), { op: 'stored' });
console.log(tc.start.unbindStore(store), store.value);

tc.tracePromise(async (x) => x * 2, { op: 'promise' }, null, 21).then((v) => {
  console.log('promise result', v);
  return tc.tracePromise(() => Promise.reject(new Error('nope')), { op: 'reject' });
}).catch((err) => {
  console.log('promise rejected', err.message);
  tc.traceCallback((a, cb) => setImmediate(cb, null, a + 1), -1, { op: 'callback' }, null, 41, (err2, v) => {
    console.log('callback', err2, v);
    process.on('uncaughtException', (err3) => console.log('uncaught', err3.message));
    const c2 = dc.channel('throws');
    c2.subscribe(() => { throw new Error('subscriber broke'); });
    c2.subscribe(() => console.log('next subscriber still runs'));
    c2.publish({});
    console.log('after publish');
  });
});
