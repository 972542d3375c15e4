'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
const log = (...a) => console.log(...a);

e.on('newListener', (name, fn) => log('newListener', String(name), fn.name, e.listenerCount(name)));
e.on('removeListener', (name, fn) => log('removeListener', String(name), fn.name, e.listenerCount(name)));

function a(x, y) { log('a', x, y, this === e); }
function b() { log('b', arguments.length); }
function c() { log('c'); }
const sym = Symbol('sym');

log(e.on('foo', a) === e);
e.addListener('foo', b);
e.prependListener('foo', c);
e.once('foo', function onceFoo(v) { log('once', v); });
e.prependOnceListener('foo', function firstOnce() { log('firstOnce'); });
e.on(sym, c);
log(e.eventNames());
log(e.listeners('foo').map((f) => f.name));
log(e.rawListeners('foo').map((f) => f.name));
log(e.listenerCount('foo'), e.listenerCount('foo', a), e.listenerCount('foo', c), e.listenerCount('nope'));
log(e.emit('foo', 1, 2));
log(e.emit('foo', 3));
log(e.emit('bar'));
log(e.emit(sym));
log(e.listenerCount('foo'));
e.off('foo', b);
e.removeListener('foo', function notThere() {});
log(e.listeners('foo').map((f) => f.name));
e.removeAllListeners('foo');
log(e.eventNames());
e.removeAllListeners();
log(e.eventNames(), e._eventsCount);

// Listeners added or removed during emit do not change that emit.
const f = new EventEmitter();
function x1() { log('x1'); f.removeListener('t', x2); f.on('t', x3); }
function x2() { log('x2'); }
function x3() { log('x3'); }
f.on('t', x1);
f.on('t', x2);
f.emit('t');
f.emit('t');

// once listeners are removed before being called; rawListeners shows the wrapper.
const g = new EventEmitter();
function h() { log('h', g.listenerCount('q')); }
g.once('q', h);
const raw = g.rawListeners('q')[0];
log(raw.name, raw.listener === h, g.listeners('q')[0] === h);
raw('direct');
log(g.listenerCount('q'));
g.once('q', h);
g.removeListener('q', h);
log(g.listenerCount('q'));

// The same listener twice is called twice and removed one at a time (last first).
const k = new EventEmitter();
let n = 0;
const cnt = () => n++;
k.on('z', cnt);
k.on('z', c);
k.on('z', cnt);
k.emit('z');
log(n, k.listenerCount('z'), k.listenerCount('z', cnt));
k.removeListener('z', cnt);
log(k.listeners('z').map((fn) => fn.name));

// removeAllListeners order with a removeListener observer.
const r = new EventEmitter();
r.on('removeListener', (name, fn) => log('removed', String(name), fn.name));
r.on('one', a);
r.on('one', b);
r.on('two', c);
r.on(sym, a);
r.removeAllListeners();
log(r.eventNames());

// newListener sees the listener before it is added.
const s = new EventEmitter();
let adding = false;
s.on('newListener', function nl(name) {
  if (name === 'evt' && !adding) {
    adding = true;
    s.on('evt', function added() { log('added'); });
  }
});
s.on('evt', function second() { log('second'); });
s.emit('evt');

// 'this' in arrow vs function listeners, and emit's args.
const t = new EventEmitter();
t.on('m', function() { log(this === t, arguments.length); });
t.emit('m', 1, 2, 3, 4, 5);
log(typeof EventEmitter.prototype.on, EventEmitter.prototype.on === EventEmitter.prototype.addListener);
log(EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
log(EventEmitter.EventEmitter === EventEmitter, require('events') === EventEmitter);
log(e.getMaxListeners(), e.setMaxListeners(3) === e, e.getMaxListeners());
