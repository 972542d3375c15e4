'use strict';
// Listener tables with pre-declared slots (eventNames ignores the empty
// ones) and the own property names of the classes and their states.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');

const r = new Readable({ read() {} });
console.log(r.eventNames(), r.listenerCount('data'));
const f = () => {};
r.on('data', f);
r.on('foo', f);
console.log(r.eventNames(), r._eventsCount);
r.off('data', f);
console.log(r.eventNames(), r._eventsCount, r._events);
const p = new PassThrough();
p.pipe(new Writable({ write(c, e, cb) { cb(); } }));
console.log(p.eventNames());
r.removeAllListeners();
console.log(r.eventNames(), r._events);
for (const C of [Readable, Writable, Duplex, Transform, PassThrough]) {
  console.log(C.name, Object.getOwnPropertyNames(C.prototype).join());
}
console.log(Object.getOwnPropertyNames(Readable.ReadableState.prototype).join());
console.log(Object.getOwnPropertyNames(Writable.WritableState.prototype).join());
const it = r[Symbol.asyncIterator]();
console.log(Object.prototype.toString.call(it), Object.getOwnPropertyNames(it), Object.getOwnPropertySymbols(it));
const proto = Object.getPrototypeOf(it);
console.log(proto.next.name, proto.return.name, proto.throw.name, Object.keys(proto));
