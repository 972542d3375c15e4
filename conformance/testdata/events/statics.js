'use strict';
// events.once, events.on, getEventListeners, listenerCount and friends.
const events = require('events');
const { EventEmitter, once, on, getEventListeners, listenerCount } = events;

async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 'two'), 1);
  console.log('once ->', await once(e, 'ready'));
  console.log('left:', e.listenerCount('ready'), e.listenerCount('error'));

  setTimeout(() => e.emit('error', new Error('failed')), 1);
  try {
    await once(e, 'ready');
  } catch (err) {
    console.log('once rejected:', err.message, e.listenerCount('ready'), e.listenerCount('error'));
  }

  // Waiting for 'error' itself resolves with it.
  setTimeout(() => e.emit('error', new Error('as value')), 1);
  const [got] = await once(e, 'error');
  console.log('error as value:', got.message);

  // AbortSignal.
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 1);
  try {
    await once(e, 'never', { signal: ac.signal });
  } catch (err) {
    console.log('aborted:', err.name, err.code, err.message, e.listenerCount('never'));
  }
  try {
    await once(e, 'never', { signal: ac.signal });
  } catch (err) {
    console.log('pre-aborted:', err.name, err.message);
  }
  try {
    await once(e, 'x', { signal: 'nope' });
  } catch (err) {
    console.log(err.code, err.message);
  }

  // once() with an EventTarget.
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  console.log('target once:', ev.type, ev instanceof Event);

  // on(): an async iterator of argument arrays.
  const src = new EventEmitter();
  process.nextTick(() => {
    src.emit('data', 1);
    src.emit('data', 2, 3);
    src.emit('data', 4);
  });
  const seen = [];
  for await (const args of on(src, 'data')) {
    seen.push(args);
    if (seen.length === 3) break;
  }
  console.log('on ->', seen, src.listenerCount('data'), src.listenerCount('error'));

  const src2 = new EventEmitter();
  const it = on(src2, 'v');
  src2.emit('v', 'queued');
  console.log(await it.next());
  process.nextTick(() => src2.emit('error', new Error('iter fail')));
  try {
    await it.next();
  } catch (err) {
    console.log('iterator threw:', err.message);
  }
  console.log(await it.next(), src2.listenerCount('v'));

  const src3 = new EventEmitter();
  const it3 = on(src3, 'v', { close: ['end'] });
  src3.emit('v', 'a');
  src3.emit('end');
  console.log(await it3.next(), await it3.next());
  console.log(await it3.return(), typeof it3[Symbol.asyncIterator], it3[Symbol.asyncIterator]() === it3);
  try { on(src3, 'v', null); } catch (err) { console.log(err.name); }

  // Statics that work on either kind of target.
  const m = new EventEmitter();
  function l1() {}
  m.on('k', l1);
  m.once('k', l1);
  console.log(getEventListeners(m, 'k').length, getEventListeners(m, 'k')[1] === l1);
  console.log(listenerCount(m, 'k'), EventEmitter.listenerCount(m, 'nope'));
  const t = new EventTarget();
  t.addEventListener('k', l1);
  console.log(getEventListeners(t, 'k')[0] === l1, getEventListeners(t, 'none'));
  console.log(events.getMaxListeners(m), events.getMaxListeners(t));
  events.setMaxListeners(3, t, m);
  console.log(events.getMaxListeners(m), events.getMaxListeners(t));

  // addAbortListener.
  const ac2 = new AbortController();
  const disposable = events.addAbortListener(ac2.signal, () => console.log('abort listener ran'));
  console.log(typeof disposable, Object.getPrototypeOf(disposable));
  ac2.abort();
  try { events.addAbortListener(ac2.signal, 5); } catch (err) { console.log(err.code, err.message); }
  try { events.addAbortListener(undefined, () => {}); } catch (err) { console.log(err.code, err.message); }
  events.addAbortListener(ac2.signal, () => console.log('already aborted: microtask'));
  console.log('end of main');
}

main().then(() => console.log('done'));
