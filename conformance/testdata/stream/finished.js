'use strict';
// finished(): on success, error, premature close, already-finished
// streams, the cleanup function, options, and legacy streams.
const { finished, Readable, Writable, Duplex, PassThrough, Stream } = require('stream');
const { log } = require('./_trace');

const steps = [];
function next() {
  const s = steps.shift();
  if (s) setImmediate(s);
}

steps.push(() => {
  const r = new Readable({ read() {} });
  finished(r, (err) => {
    log('readable ended:', err);
    next();
  });
  r.push('x');
  r.push(null);
  r.resume();
});

steps.push(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, function(err) {
    log('writable finished:', err, this === w);
    next();
  });
  w.end('x');
});

steps.push(() => {
  const r = new Readable({ read() {} });
  r.on('error', () => {});
  finished(r, (err) => {
    log('errored:', err);
    next();
  });
  r.destroy(new Error('broken'));
});

steps.push(() => {
  const r = new Readable({ read() {} });
  finished(r, (err) => {
    log('destroyed early:', err);
    next();
  });
  r.push('a');
  r.destroy();
});

steps.push(() => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  finished(d, { readable: false }, (err) => {
    log('duplex writable side only:', err, 'readableEnded', d.readableEnded);
    d.destroy();
    next();
  });
  d.end();
});

steps.push(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('close', () => {
    finished(w, (err) => {
      log('already closed:', err);
      next();
    });
  });
});

steps.push(() => {
  const p = new PassThrough();
  const cleanup = finished(p, () => log('never called'));
  log('cleanup is', typeof cleanup);
  cleanup();
  p.destroy();
  setImmediate(next);
});

steps.push(() => {
  const p = new PassThrough();
  p.on('error', () => {});
  finished(p, { error: false }, (err) => {
    log('error: false still sees close:', err);
    next();
  });
  p.destroy(new Error('x'));
});

steps.push(() => {
  const ac = new AbortController();
  const p = new PassThrough();
  finished(p, { signal: ac.signal }, (err) => {
    log('aborted:', err.name, err.message);
    next();
  });
  ac.abort();
});

steps.push(() => {
  // An old-style stream: only events to go by.
  const s = new Stream();
  s.readable = true;
  finished(s, (err) => {
    log('legacy:', err);
    next();
  });
  s.emit('end');
});

steps.push(() => {
  for (const bad of [null, {}, 'str']) {
    try {
      finished(bad, () => {});
    } catch (e) {
      log(e.code, e.message);
    }
  }
  try {
    finished(new PassThrough(), 'notfn');
  } catch (e) {
    log(e.code, e.message);
  }
  next();
});

next();
