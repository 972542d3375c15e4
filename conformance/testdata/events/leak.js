'use strict';
// The leak warning: its text, properties, and that it is given once per event.
const EventEmitter = require('events');

process.on('warning', (w) => {
  console.log('warning:', w.name, '|', w.message);
  console.log('  props:', w.type === undefined ? '-' : String(w.type), w.count, w.emitter === e || w.emitter === c, Object.keys(w));
});

const e = new EventEmitter();
for (let i = 0; i < 11; i++) e.on('foo', () => {});
for (let i = 0; i < 15; i++) e.on('foo', () => {});
const sym = Symbol('leaky');
for (let i = 0; i < 11; i++) e.on(sym, () => {});
e.setMaxListeners(2);
e.on('bar', () => {});
e.on('bar', () => {});
console.log('two bar listeners, no warning yet');
e.prependListener('bar', () => {});

class Custom extends EventEmitter {}
const c = new Custom();
c.setMaxListeners(1);
c.once('x', () => {});
c.once('x', () => {});

// 0 means unlimited; Infinity too.
const u = new EventEmitter();
u.setMaxListeners(0);
for (let i = 0; i < 20; i++) u.on('y', () => {});
const inf = new EventEmitter();
inf.setMaxListeners(Infinity);
for (let i = 0; i < 20; i++) inf.on('y', () => {});

// The default is read when listeners are added.
EventEmitter.defaultMaxListeners = 1;
const d = new EventEmitter();
d.on('z', () => {});
d.on('z', () => {});
EventEmitter.defaultMaxListeners = 10;
console.log(d.getMaxListeners(), EventEmitter.getMaxListeners(d));
EventEmitter.setMaxListeners(4);
console.log(EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
EventEmitter.setMaxListeners();
console.log(EventEmitter.defaultMaxListeners);
const t1 = new EventEmitter();
const t2 = new EventEmitter();
EventEmitter.setMaxListeners(7, t1, t2);
console.log(t1.getMaxListeners(), t2.getMaxListeners(), EventEmitter.defaultMaxListeners);
console.log('sync end');
