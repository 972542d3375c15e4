'use strict';
// _construct: reads, writes and destroy wait for it; its error destroys
// the stream; a Duplex constructs once.
const { Readable, Writable, Duplex } = require('stream');
const { trace, log } = require('./_trace');

const steps = [];
function next() {
  const s = steps.shift();
  if (s) setImmediate(s);
}

steps.push(() => {
  log('--- Readable with async construct');
  const r = new Readable({
    construct(cb) {
      log('construct called');
      setImmediate(() => {
        log('construct done');
        cb();
      });
    },
    read() {
      log('_read');
      this.push('v');
      this.push(null);
    },
  });
  trace('r', r, ['data', 'end', 'close', 'error']);
  log('sync: constructed?', r._readableState.constructed);
  r.on('close', next);
});

steps.push(() => {
  log('--- Writable: writes buffer until constructed');
  const w = new Writable({
    construct(cb) {
      log('construct');
      process.nextTick(cb);
    },
    write(chunk, enc, cb) {
      log('_write', chunk);
      cb();
    },
    final(cb) {
      log('_final');
      cb();
    },
  });
  trace('w', w, ['finish', 'close', 'prefinish']);
  log('write ->', w.write('a'), w.writableLength);
  w.end('b');
  w.on('close', next);
});

steps.push(() => {
  log('--- construct error');
  const w = new Writable({
    construct(cb) {
      cb(new Error('cannot construct'));
    },
    write(c, e, cb) {
      log('never');
      cb();
    },
  });
  trace('w', w, ['error', 'close', 'finish']);
  w.write('x', (err) => log('write cb', err));
  w.on('close', next);
});

steps.push(() => {
  log('--- destroy while constructing');
  const r = new Readable({
    construct(cb) {
      log('construct starts');
      setImmediate(() => {
        log('construct finishes');
        cb(new Error('late construct error'));
      });
    },
    read() {},
    destroy(err, cb) {
      log('_destroy', err);
      cb(err);
    },
  });
  trace('r', r, ['error', 'close']);
  r.destroy(new Error('early destroy'));
  log('destroyed', r.destroyed);
  r.on('close', next);
});

steps.push(() => {
  log('--- Duplex constructs once');
  let count = 0;
  const d = new Duplex({
    construct(cb) {
      count++;
      cb();
    },
    read() {
      this.push('r');
      this.push(null);
    },
    write(c, e, cb) {
      log('write', c);
      cb();
    },
  });
  d.on('data', (c) => log('data', c));
  d.end('w');
  d.on('close', () => {
    log('construct count', count);
    next();
  });
});

steps.push(() => {
  log('--- construct callback called twice');
  const r = new Readable({
    construct(cb) {
      cb();
      cb();
    },
    read() {},
  });
  trace('r', r, ['error', 'close']);
  r.on('close', next);
});

next();
