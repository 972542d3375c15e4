'use strict';
// Writable: write() return values and 'drain', callbacks, end() and
// 'finish', writable* properties, objectMode, decodeStrings.
const { Writable } = require('stream');
const { trace, log } = require('./_trace');

const steps = [];
function next() {
  const s = steps.shift();
  if (s) setImmediate(s);
}

function props(w) {
  return `len=${w.writableLength} needDrain=${w.writableNeedDrain} ended=${w.writableEnded} ` +
    `finished=${w.writableFinished} writable=${w.writable}`;
}

steps.push(() => {
  log('--- synchronous _write, highWaterMark 5');
  const w = new Writable({
    highWaterMark: 5,
    write(chunk, enc, cb) {
      log('_write', chunk, enc);
      cb();
    },
  });
  trace('w', w, ['drain', 'finish', 'prefinish', 'close']);
  log('write abc ->', w.write('abc', () => log('cb abc')), props(w));
  log('write defgh ->', w.write('defgh', () => log('cb defgh')), props(w));
  log('write i ->', w.write('i'), props(w));
  process.nextTick(() => log('tick', props(w)));
  w.end('end', () => log('end cb', props(w)));
  log('after end', props(w));
  w.on('close', next);
});

steps.push(() => {
  log('--- asynchronous _write and drain');
  const w = new Writable({
    highWaterMark: 3,
    write(chunk, enc, cb) {
      log('_write', chunk);
      setImmediate(() => {
        log('done', chunk);
        cb();
      });
    },
  });
  trace('w', w, ['drain', 'finish', 'close']);
  log('1 ->', w.write('ab'), props(w));
  log('2 ->', w.write('cd'), props(w));
  log('3 ->', w.write('e', (err) => log('cb e', err)), props(w));
  w.once('drain', () => {
    log('drained', props(w));
    w.end();
  });
  w.on('close', next);
});

steps.push(() => {
  log('--- write after end');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('w', w, ['error', 'finish', 'close']);
  w.end();
  log('write ->', w.write('late', (err) => log('late cb', err)));
  w.on('close', next);
});

steps.push(() => {
  log('--- bad chunks throw');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  for (const bad of [null, 1, {}, true]) {
    try {
      w.write(bad);
    } catch (e) {
      log(e.name, e.code, e.message);
    }
  }
  try {
    w.write('x', 'bogus');
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  w.destroy();
  log('write after destroy ->', w.write('y', (err) => log('destroyed cb', err)));
  w.on('close', next);
});

steps.push(() => {
  log('--- objectMode, decodeStrings false, default encoding');
  const o = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(obj, enc, cb) {
      log('obj', obj, enc);
      cb();
    },
  });
  log(o.write({ a: 1 }), o.write('s'), o.write(3), o.writableHighWaterMark, o.writableObjectMode);
  const s = new Writable({
    decodeStrings: false,
    defaultEncoding: 'latin1',
    write(chunk, enc, cb) {
      log('chunk', typeof chunk, chunk, enc);
      cb();
    },
  });
  s.write('str');
  s.write('616263', 'hex');
  s.write(Buffer.from('buf'));
  s.write(new Uint8Array([65]));
  s.setDefaultEncoding('BASE64');
  s.write('x');
  log('default', s._writableState.defaultEncoding);
  try {
    s.setDefaultEncoding('klingon');
  } catch (e) {
    log(e.code, e.message);
  }
  s.end(next);
});

steps.push(() => {
  log('--- end() twice, end after finish');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('w', w, ['error', 'finish', 'close']);
  w.end('a', () => log('first end cb'));
  w.end(() => log('second end cb (before finish)'));
  w.on('finish', () => {
    w.end((err) => log('end after finish', err));
  });
  w.on('close', () => {
    w.end((err) => log('end after close', err));
    setImmediate(next);
  });
});

steps.push(() => {
  log('--- final hook');
  const w = new Writable({
    write(c, e, cb) {
      cb();
    },
    final(cb) {
      log('_final; writableFinished', w.writableFinished);
      setImmediate(() => cb());
    },
  });
  trace('w', w, ['prefinish', 'finish', 'close']);
  w.end('x');
  w.on('close', next);
});

steps.push(() => {
  log('--- _write not implemented; _writev only');
  const w = new Writable();
  trace('w', w, ['error', 'close']);
  try {
    w.write('x');
  } catch (e) {
    log('thrown', e.code, e.message);
  }
  const v = new Writable({
    writev(chunks, cb) {
      log('writev', chunks.map((c) => `${c.chunk}:${c.encoding}`).join(','));
      cb();
    },
  });
  v.write('only');
  v.end(next);
});

next();
