'use strict';
// destroy(): 'error' then 'close' on the next tick, once each; _destroy
// hooks; the destroy callback; autoDestroy and emitClose.
const { Readable, Writable, Duplex } = require('stream');
const { trace, log } = require('./_trace');

const steps = [];
function next() {
  const s = steps.shift();
  if (s) setImmediate(s);
}

steps.push(() => {
  log('--- destroy(err) on a Readable');
  const r = new Readable({ read() {} });
  trace('r', r, ['error', 'close', 'end']);
  r.push('x');
  r.destroy(new Error('e1'));
  log('destroyed', r.destroyed, 'closed', r.closed, 'errored', r.errored && r.errored.message);
  r.destroy(new Error('e2'));
  process.nextTick(() => log('tick after destroy'));
  Promise.resolve().then(() => log('microtask after destroy'));
  r.on('close', () => {
    log('after close: closed', r.closed, 'errored', r.errored.message, 'readableAborted', r.readableAborted);
    next();
  });
});

steps.push(() => {
  log('--- destroy() without error');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('w', w, ['error', 'close', 'finish']);
  w.destroy();
  log('writable', w.writable, 'destroyed', w.destroyed, 'writableAborted', w.writableAborted);
  w.on('close', next);
});

steps.push(() => {
  log('--- _destroy replaces the error, callback sees it');
  const r = new Readable({
    read() {},
    destroy(err, cb) {
      log('_destroy got', err);
      process.nextTick(() => cb(new Error('from _destroy')));
    },
  });
  trace('r', r, ['error', 'close']);
  r.destroy(null, (err) => log('destroy cb', err));
  r.on('close', next);
});

steps.push(() => {
  log('--- _destroy throws');
  const r = new Readable({ read() {}, destroy() { throw new Error('thrown in _destroy'); } });
  trace('r', r, ['error', 'close']);
  r.destroy();
  r.on('close', next);
});

steps.push(() => {
  log('--- emitClose: false');
  const r = new Readable({ read() {}, emitClose: false });
  trace('r', r, ['error', 'close']);
  r.destroy(new Error('quiet'));
  setImmediate(() => {
    log('closed', r.closed);
    next();
  });
});

steps.push(() => {
  log('--- autoDestroy: false keeps the stream alive after end');
  const r = new Readable({ read() {}, autoDestroy: false });
  trace('r', r, ['end', 'close']);
  r.push('a');
  r.push(null);
  r.resume();
  r.on('end', () => setImmediate(() => {
    log('destroyed after end', r.destroyed);
    next();
  }));
});

steps.push(() => {
  log('--- destroy callback on an already destroyed stream');
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  trace('d', d, ['error', 'close', 'finish', 'end']);
  d.destroy();
  d.destroy(new Error('ignored'), (err) => log('second destroy cb', err));
  log('duplex destroyed', d.destroyed);
  d.on('close', next);
});

steps.push(() => {
  log('--- error then write: callbacks fail with the error');
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  trace('w', w, ['error', 'close', 'finish']);
  w.write('a', (err) => log('write a cb', err));
  w.write('b', (err) => log('write b cb', err));
  w.end((err) => log('end cb', err));
  w.destroy(new Error('kill'));
  w.on('close', next);
});

steps.push(() => {
  log('--- destroy in the middle of flowing');
  let i = 0;
  const r = new Readable({
    read() {
      this.push(String(i++));
    },
  });
  r.on('data', (c) => {
    log('data', c);
    if (c.toString() === '2') r.destroy();
  });
  trace('r', r, ['error', 'close', 'end']);
  r.on('close', next);
});

next();
