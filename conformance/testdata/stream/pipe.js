'use strict';
// pipe(): backpressure with 'drain', 'pipe'/'unpipe' events, unpipe(),
// several destinations, { end: false }, a failing destination.
const { Readable, Writable, PassThrough } = require('stream');
const { trace, log } = require('./_trace');

const steps = [];
function next() {
  const s = steps.shift();
  if (s) setImmediate(s);
}

function slowSink(name, hwm, delay) {
  const w = new Writable({
    highWaterMark: hwm,
    write(chunk, enc, cb) {
      log(`${name} _write`, chunk, 'len', w.writableLength);
      if (delay) setImmediate(cb);
      else cb();
    },
  });
  trace(name, w, ['drain', 'finish', 'close', 'pipe', 'unpipe', 'error']);
  return w;
}

steps.push(() => {
  log('--- backpressure');
  let i = 0;
  const r = new Readable({
    highWaterMark: 2,
    read() {
      i++;
      log('_read', i);
      this.push(i <= 5 ? String(i).repeat(2) : null);
    },
  });
  trace('r', r, ['pause', 'resume', 'end', 'close']);
  const w = slowSink('w', 3, true);
  r.pipe(w);
  w.on('close', next);
});

steps.push(() => {
  log('--- unpipe in the middle');
  const r = new Readable({ read() {} });
  trace('r', r, ['pause', 'resume', 'end', 'close']);
  const w = slowSink('w', 16, false);
  r.pipe(w);
  r.push('one');
  setImmediate(() => {
    r.unpipe(w);
    log('flowing after unpipe', r.readableFlowing, 'pipes', r._readableState.pipes.length);
    r.push('two');
    setImmediate(() => {
      log('buffered', r.readableLength, 'w ended', w.writableEnded);
      r.unpipe(w);
      r.unpipe();
      next();
    });
  });
});

steps.push(() => {
  log('--- two destinations, one slow');
  const r = new Readable({ read() {} });
  const fast = slowSink('fast', 100, false);
  const slow = slowSink('slow', 2, true);
  trace('r', r, ['pause', 'resume', 'end']);
  r.pipe(fast);
  r.pipe(slow);
  r.push('aa');
  r.push('bb');
  r.push('cc');
  r.push(null);
  let closed = 0;
  const done = () => {
    if (++closed === 2) next();
  };
  fast.on('close', done);
  slow.on('close', done);
});

steps.push(() => {
  log('--- end: false');
  const r = new Readable({ read() {} });
  const w = slowSink('w', 16, false);
  r.pipe(w, { end: false });
  r.push('x');
  r.push(null);
  r.on('end', () => {
    log('source ended; dest writable', w.writable);
    w.end('by hand');
  });
  w.on('close', next);
});

steps.push(() => {
  log('--- destination fails');
  const r = new Readable({ read() {} });
  trace('r', r, ['pause', 'resume', 'end', 'close', 'error']);
  const w = new Writable({
    write(chunk, enc, cb) {
      cb(new Error('sink broke'));
    },
  });
  trace('w', w, ['close', 'pipe', 'unpipe', 'error']);
  r.pipe(w);
  r.push('x');
  w.on('close', () => {
    log('source pipes', r._readableState.pipes.length, 'flowing', r.readableFlowing, 'destroyed', r.destroyed);
    next();
  });
});

steps.push(() => {
  log('--- pipe into a destination closed early');
  const r = new Readable({ read() {} });
  const p = new PassThrough();
  trace('p', p, ['close', 'unpipe', 'finish', 'end']);
  r.pipe(p);
  r.push('a');
  setImmediate(() => {
    p.destroy();
    setImmediate(() => {
      log('pipes after dest close', r._readableState.pipes.length);
      next();
    });
  });
});

steps.push(() => {
  log('--- pipe after the source ended');
  const r = new Readable({ read() {} });
  r.push(null);
  r.resume();
  r.on('end', () => {
    const w = slowSink('late', 16, false);
    r.pipe(w);
    w.on('finish', next);
  });
});

steps.push(() => {
  log('--- Writable.pipe is an error');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('w', w, ['error', 'close']);
  w.pipe(new PassThrough());
  w.on('close', next);
});

next();
