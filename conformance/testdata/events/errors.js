'use strict';
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

function show(fn) {
  try {
    const r = fn();
    console.log('returned', r);
  } catch (err) {
    console.log(`${err.name} | ${err.code} | ${err.message}`);
    if ('context' in err) console.log('context:', err.context);
  }
}

const e = new EventEmitter();
show(() => e.emit('error', new TypeError('typed')));
show(() => e.emit('error', 'a string'));
show(() => e.emit('error'));
show(() => e.emit('error', { code: 42 }));
show(() => e.emit('error', 42, 'extra'));
show(() => e.emit('error', null));
show(() => e.emit('error', [1, 2]));
const thrown = new RangeError('same object');
show(() => { try { e.emit('error', thrown); } catch (x) { return x === thrown; } });

// errorMonitor sees the error first, and does not count as a handler.
e.on(errorMonitor, (err) => console.log('monitor', err.message));
show(() => e.emit('error', new Error('monitored')));
e.on('error', (err) => console.log('handled', err.message));
show(() => e.emit('error', new Error('now handled')));
console.log(e.listenerCount('error'), e.eventNames());

// Invalid listeners.
for (const bad of [undefined, null, 42, 'str', 'a long string that goes past the limit', {}, [], new Map(), Symbol('s'), 10n, true, Object.create(null)]) {
  show(() => e.on('x', bad));
}
show(() => e.once('x', 1));
show(() => e.prependListener('x', 1));
show(() => e.prependOnceListener('x', 1));
show(() => e.removeListener('x', 1));
show(() => e.off('x'));

// Max listeners validation.
for (const n of [-1, NaN, '5', null, undefined, Infinity, 0, 1.5]) {
  show(() => e.setMaxListeners(n).getMaxListeners());
}
for (const n of [-1, NaN, 'x']) {
  show(() => { EventEmitter.defaultMaxListeners = n; });
}
console.log(EventEmitter.defaultMaxListeners);
show(() => EventEmitter.setMaxListeners(-5));
show(() => EventEmitter.setMaxListeners(3, {}));
show(() => EventEmitter.setMaxListeners(3, new EventEmitter(), 5));
show(() => EventEmitter.getEventListeners({}, 'x'));
show(() => EventEmitter.getMaxListeners({}));
show(() => { EventEmitter.captureRejections = 'yes'; });
show(() => new EventEmitter({ captureRejections: 1 }));
show(() => new EventEmitter({ captureRejections: false })._maxListeners);

// The error event itself is passed all arguments.
const f = new EventEmitter();
f.on('error', (...args) => console.log('args', args));
f.emit('error', 1, 2, 3);

// A listener that throws stops the emit.
const g = new EventEmitter();
g.on('t', () => { throw new Error('listener threw'); });
g.on('t', () => console.log('not reached'));
show(() => g.emit('t'));
