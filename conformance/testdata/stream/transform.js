'use strict';
// Transform: callback forms, push from _transform, _flush, object mode,
// errors, backpressure between the two sides, PassThrough.
const { Transform, PassThrough } = require('stream');
const { trace, log } = require('./_trace');

const steps = [];
function next() {
  const s = steps.shift();
  if (s) setImmediate(s);
}

steps.push(() => {
  log('--- forms of the callback');
  const t = new Transform({
    transform(chunk, enc, cb) {
      const s = chunk.toString();
      if (s === 'push') {
        this.push('p1');
        this.push('p2');
        cb();
      } else if (s === 'skip') {
        cb();
      } else if (s === 'async') {
        setImmediate(() => cb(null, 'later'));
      } else {
        cb(null, s.toUpperCase());
      }
    },
    flush(cb) {
      log('_flush');
      this.push('flushed');
      cb(null, 'last');
    },
  });
  trace('t', t, ['data', 'end', 'finish', 'prefinish', 'close']);
  for (const s of ['a', 'push', 'skip', 'async', 'b']) t.write(s);
  t.end();
  t.on('close', next);
});

steps.push(() => {
  log('--- transform error');
  const t = new Transform({
    transform(chunk, enc, cb) {
      cb(new Error('bad ' + chunk));
    },
  });
  trace('t', t, ['data', 'end', 'finish', 'close', 'error']);
  t.write('x', (err) => log('write cb', err));
  t.on('close', next);
});

steps.push(() => {
  log('--- flush error');
  const t = new Transform({
    transform(chunk, enc, cb) {
      cb(null, chunk);
    },
    flush(cb) {
      cb(new Error('flush failed'));
    },
  });
  trace('t', t, ['data', 'end', 'finish', 'close', 'error', 'prefinish']);
  t.end('x');
  t.on('close', next);
});

steps.push(() => {
  log('--- backpressure: readable side full');
  const t = new Transform({
    highWaterMark: 2,
    objectMode: true,
    transform(obj, enc, cb) {
      log('transform', obj);
      cb(null, obj * 10);
    },
  });
  for (let i = 1; i <= 6; i++) log('write', i, '->', t.write(i), 'rlen', t.readableLength, 'wlen', t.writableLength);
  setImmediate(() => {
    log('reading', t.read(), t.read(), t.read());
    setImmediate(() => {
      log('rlen', t.readableLength, 'wlen', t.writableLength);
      t.on('data', (d) => log('data', d));
      t.on('end', () => {
        log('end');
        next();
      });
      t.end();
    });
  });
});

steps.push(() => {
  log('--- _transform not implemented');
  const t = new Transform();
  trace('t', t, ['error', 'close']);
  try {
    t.write('x');
  } catch (e) {
    log('thrown', e.code, 'writing', t._writableState.writing);
  }
  next();
});

steps.push(() => {
  log('--- PassThrough with encodings');
  const p = new PassThrough({ encoding: 'hex' });
  trace('p', p, ['data', 'end', 'finish', 'close']);
  p.write('AB');
  p.end(Buffer.from([255]));
  p.on('close', next);
});

steps.push(() => {
  log('--- subclass with its own _final still flushes');
  class T extends Transform {
    _transform(chunk, enc, cb) {
      cb(null, chunk);
    }
    _flush(cb) {
      log('_flush of subclass');
      cb(null, 'F');
    }
    _final(cb) {
      log('_final of subclass');
      cb();
    }
  }
  const t = new T();
  trace('t', t, ['data', 'end', 'finish', 'prefinish', 'close']);
  t.end('x');
  t.on('close', next);
});

next();
