'use strict';
// The EventTarget, Event and CustomEvent globals.
const log = console.log;

const ev = new Event('foo', { cancelable: true });
log(Object.keys(ev), Object.prototype.toString.call(ev), String(ev));
log(ev.type, ev.bubbles, ev.cancelable, ev.composed, ev.defaultPrevented, ev.isTrusted,
  ev.target, ev.currentTarget, ev.srcElement, ev.eventPhase, ev.returnValue, ev.cancelBubble, ev.composedPath());
log(typeof ev.timeStamp, Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, ev.AT_TARGET);
const keys = [];
for (const k in ev) keys.push(k);
log(keys);
log(Object.getOwnPropertyNames(EventTarget.prototype), Object.prototype.toString.call(new EventTarget()));

const t = new EventTarget();
log(t, [t]);
t.addEventListener('foo', function(e) {
  log('fn', this === t, e === ev, e.target === t, e.currentTarget === t, e.eventPhase, e.composedPath().length);
  e.preventDefault();
});
const handler = { handleEvent(e) { log('handleEvent', this === handler, e.type); } };
t.addEventListener('foo', handler);
log(t.dispatchEvent(ev), ev.defaultPrevented, ev.returnValue, ev.target === t, ev.currentTarget, ev.eventPhase);
log(t.dispatchEvent(new Event('foo')));

// Duplicates, capture, once, removal.
function a(e) { log('a', e.type); }
function c() { log('c'); }
const u = new EventTarget();
u.addEventListener('x', a);
u.addEventListener('x', a);
u.addEventListener('x', a, true);
u.addEventListener('x', c, { once: true });
u.dispatchEvent(new Event('x'));
u.dispatchEvent(new Event('x'));
u.removeEventListener('x', a);
u.dispatchEvent(new Event('x'));
u.removeEventListener('x', a, { capture: true });
u.dispatchEvent(new Event('x'));

// stopImmediatePropagation, cancelBubble.
u.addEventListener('y', (e) => { log('first'); e.stopImmediatePropagation(); });
u.addEventListener('y', c);
const ye = new Event('y');
log(u.dispatchEvent(ye), ye.cancelBubble);

// Added during dispatch: runs. Removed during dispatch: skipped.
u.addEventListener('add', () => { log('add1'); u.addEventListener('add', () => log('added later')); });
u.addEventListener('add', () => log('add2'));
u.dispatchEvent(new Event('add'));
function r2() { log('r2'); }
u.addEventListener('rm', () => { log('r1'); u.removeEventListener('rm', r2); });
u.addEventListener('rm', r2);
u.dispatchEvent(new Event('rm'));

// A listener object whose handleEvent is set after adding it.
const late = {};
u.addEventListener('late', late);
late.handleEvent = function() { log('late handleEvent', this === late); };
u.dispatchEvent(new Event('late'));

// AbortSignal removes a listener.
const ac = new AbortController();
u.addEventListener('w', c, { signal: ac.signal });
u.dispatchEvent(new Event('w'));
ac.abort();
u.dispatchEvent(new Event('w'));
u.addEventListener('w', c, { signal: ac.signal });
u.dispatchEvent(new Event('w'));

// Event flags.
const p = new Event('p');
p.preventDefault();
log(p.defaultPrevented, p.returnValue);
p.cancelBubble = true;
log(p.cancelBubble);
const q = new Event('q', { cancelable: true, bubbles: 1, composed: 'yes' });
log(q.defaultPrevented, q.bubbles, q.composed);
const ie = new Event('i');
ie.initEvent('j', true, true);
log(ie.type, ie.bubbles, ie.cancelable);
log(new Event(null).type, new Event(5).type, new Event(undefined).type);

// CustomEvent.
const ce = new CustomEvent('cc', { detail: { k: 1 } });
log(ce.detail, new CustomEvent('d').detail, ce instanceof Event, Object.prototype.toString.call(ce), ce.type);
log(Object.getOwnPropertyNames(CustomEvent.prototype), EventTarget.length, Event.length, CustomEvent.length);

// Argument errors.
function show(fn) {
  try {
    log('ok', fn());
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}
show(() => new Event());
show(() => new CustomEvent());
show(() => t.dispatchEvent({ type: 'x' }));
show(() => t.dispatchEvent());
show(() => t.addEventListener('x'));
show(() => t.removeEventListener('x'));
show(() => t.addEventListener('x', 5));
show(() => t.addEventListener(Symbol('s'), () => {}));
show(() => new Event('x', 5));
show(() => new Event('x', []));
show(() => Event.prototype.type);
show(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
show(() => t.addEventListener('k', () => {}));
show(() => t.removeEventListener('k', () => {}));
const rec = new Event('rec');
t.addEventListener('rec', () => show(() => t.dispatchEvent(rec)));
t.dispatchEvent(rec);

// Errors thrown by listeners become uncaught exceptions after the dispatch.
process.on('uncaughtException', (err, origin) => log('uncaught:', err.message, origin));
process.on('warning', (w) => log('warning:', w.name, w.message, String(w.type), w.count));
t.addEventListener('z', () => { throw new Error('boom'); });
t.addEventListener('z', () => log('listener after the throwing one'));
t.dispatchEvent(new Event('z'));
t.addEventListener('ret', async () => { throw new Error('async boom'); });
t.dispatchEvent(new Event('ret'));
t.addEventListener('nul', null);
log(t.dispatchEvent(new Event('nul')));

// Leak warnings.
const t2 = new EventTarget();
for (let i = 0; i < 11; i++) t2.addEventListener('leak', () => {});
require('events').setMaxListeners(2, t2);
for (let i = 0; i < 3; i++) t2.addEventListener('leak2', () => {});
log(require('events').getEventListeners(t2, 'leak2').length, require('events').getMaxListeners(t2));
log('sync end');
