'use strict';
// Duplex: independent sides, allowHalfOpen, readable/writable: false,
// when autoDestroy closes it, properties of both sides.
const { Duplex } = require('stream');
const { trace, log } = require('./_trace');

const steps = [];
function next() {
  const s = steps.shift();
  if (s) setImmediate(s);
}

steps.push(() => {
  log('--- half open (default): end of reading leaves writing open');
  const d = new Duplex({
    read() {},
    write(c, e, cb) {
      log('_write', c);
      cb();
    },
  });
  trace('d', d, ['end', 'finish', 'close', 'prefinish']);
  log('allowHalfOpen', d.allowHalfOpen, d.readable, d.writable);
  d.push('r');
  d.push(null);
  d.resume();
  d.on('end', () => {
    log('after end writable', d.writable, 'destroyed', d.destroyed);
    d.write('still');
    d.end();
  });
  d.on('close', next);
});

steps.push(() => {
  log('--- allowHalfOpen: false ends the writable side');
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { cb(); },
    final(cb) {
      log('_final');
      cb();
    },
  });
  trace('d', d, ['end', 'finish', 'close', 'prefinish']);
  d.push(null);
  d.resume();
  d.on('close', next);
});

steps.push(() => {
  log('--- readable: false / writable: false');
  const w = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  log('readable', w.readable, 'writable', w.writable, 'readableEnded', w.readableEnded);
  trace('w', w, ['end', 'finish', 'close']);
  w.end('x');
  const r = new Duplex({ writable: false, read() {} });
  log('readable', r.readable, 'writable', r.writable, 'writableEnded', r.writableEnded, r.writableFinished);
  trace('r', r, ['end', 'finish', 'close', 'error']);
  r.write('no', (err) => log('write cb', err));
  r.push(null);
  r.resume();
  setImmediate(() => setImmediate(next));
});

steps.push(() => {
  log('--- separate object modes and highWaterMarks');
  const d = new Duplex({
    readableObjectMode: true,
    writableHighWaterMark: 3,
    readableHighWaterMark: 2,
    read() {},
    write(c, e, cb) { cb(); },
  });
  log(d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
  log(d instanceof Duplex, d instanceof require('stream').Writable, d instanceof require('stream').Readable);
  const d2 = new Duplex({ objectMode: true, highWaterMark: 5 });
  log(d2.readableObjectMode, d2.writableObjectMode, d2.readableHighWaterMark, d2.writableHighWaterMark);
  try {
    new Duplex({ readableHighWaterMark: -1 });
  } catch (e) {
    log(e.code, e.message);
  }
  try {
    new Duplex({ highWaterMark: 1.5 });
  } catch (e) {
    log(e.code, e.message);
  }
  next();
});

steps.push(() => {
  log('--- destroy one Duplex: both sides');
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  trace('d', d, ['end', 'finish', 'close', 'error']);
  d.write('a', (err) => log('write cb', err));
  d.destroy(new Error('both'));
  log('destroyed', d.destroyed, 'readable', d.readable, 'writable', d.writable);
  d.on('close', next);
});

next();
