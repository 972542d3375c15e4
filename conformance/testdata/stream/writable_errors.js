'use strict';
// Failing writes: the order of the write callback, 'error' and 'close';
// _final errors; callbacks called twice; errors without autoDestroy.
const { Writable } = require('stream');
const { trace, log } = require('./_trace');

const steps = [];
function next() {
  const s = steps.shift();
  if (s) setImmediate(s);
}

steps.push(() => {
  log('--- sync write error');
  const w = new Writable({ write(c, e, cb) { cb(new Error('sync fail')); } });
  trace('w', w, ['error', 'close', 'finish']);
  log('write ->', w.write('a', (err) => log('cb', err, 'errored', w.errored && w.errored.message)));
  log('after write: destroyed', w.destroyed, 'writable', w.writable);
  w.write('b', (err) => log('cb b', err));
  w.on('close', next);
});

steps.push(() => {
  log('--- async write error with buffered writes');
  const w = new Writable({ write(c, e, cb) { setImmediate(() => cb(new Error('async fail'))); } });
  trace('w', w, ['error', 'close', 'finish']);
  w.write('a', (err) => log('cb a', err));
  w.write('b', (err) => log('cb b', err));
  w.end((err) => log('end cb', err));
  w.on('close', next);
});

steps.push(() => {
  log('--- _final error');
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final fail')); },
  });
  trace('w', w, ['error', 'close', 'finish', 'prefinish']);
  w.end('x', (err) => log('end cb', err));
  w.on('close', next);
});

steps.push(() => {
  log('--- _final throws');
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final() { throw new Error('final threw'); },
  });
  trace('w', w, ['error', 'close', 'finish']);
  w.end();
  w.on('close', next);
});

steps.push(() => {
  log('--- write callback called twice');
  const w = new Writable({
    write(c, e, cb) {
      cb();
      cb();
    },
  });
  trace('w', w, ['error', 'close', 'finish']);
  w.write('x', () => log('write cb'));
  w.on('close', next);
});

steps.push(() => {
  log('--- final callback called twice');
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) {
      cb();
      cb();
    },
  });
  trace('w', w, ['error', 'close', 'finish', 'prefinish']);
  w.end();
  w.on('close', next);
});

steps.push(() => {
  log('--- autoDestroy: false');
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('kept alive')); } });
  trace('w', w, ['error', 'close', 'finish']);
  w.write('a', (err) => log('cb a', err));
  setImmediate(() => {
    log('destroyed', w.destroyed, 'errored', w.errored.message, 'writable', w.writable);
    w.write('b', (err) => log('cb b', err));
    w.end((err) => log('end cb', err));
    setImmediate(next);
  });
});

steps.push(() => {
  log('--- destroy with pending async write');
  const w = new Writable({
    write(c, e, cb) {
      log('_write', c);
      setImmediate(() => {
        log('late cb');
        cb();
      });
    },
  });
  trace('w', w, ['error', 'close', 'finish', 'drain']);
  w.write('1', (err) => log('cb 1', err));
  w.write('2', (err) => log('cb 2', err));
  w.destroy();
  setImmediate(() => setImmediate(next));
});

next();
