'use strict';
// Less common corners: captureRejections, a huge read(n), _writev errors,
// Readable.wrap, Readable.from(readable), Duplex.from shapes.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const EventEmitter = require('events');
const { trace, log } = require('./_trace');

const steps = [];
function next() {
  const s = steps.shift();
  if (s) setImmediate(s);
}

steps.push(() => {
  log('--- captureRejections destroys the stream');
  const r = new Readable({ read() {}, captureRejections: true });
  trace('r', r, ['error', 'close']);
  r.on('data', async () => {
    throw new Error('async listener failed');
  });
  r.push('x');
  r.on('close', next);
});

steps.push(() => {
  log('--- read() beyond 1GiB');
  const r = new Readable({ read() {} });
  try {
    r.read(2 ** 31);
  } catch (e) {
    log(e.code, e.message);
  }
  r.read(40000);
  log('hwm raised to', r.readableHighWaterMark);
  next();
});

steps.push(() => {
  log('--- _writev fails');
  const w = new Writable({
    writev(chunks, cb) {
      log('writev', chunks.length);
      setImmediate(() => cb(new Error('writev failed')));
    },
  });
  trace('w', w, ['error', 'close', 'finish']);
  w.cork();
  w.write('a', (err) => log('cb a', err));
  w.write('b', (err) => log('cb b', err));
  w.uncork();
  w.on('close', next);
});

steps.push(() => {
  log('--- Readable.wrap');
  const old = new EventEmitter();
  const r = Readable.wrap(old, { objectMode: false });
  r.on('data', (d) => log('wrapped', d));
  r.on('end', () => log('wrapped end'));
  r.on('close', next);
  old.emit('data', Buffer.from('q'));
  old.emit('end');
});

steps.push(() => {
  log('--- Readable.from(readable)');
  const inner = new PassThrough();
  inner.end('inner data');
  const outer = Readable.from(inner);
  outer.on('data', (d) => log('outer', d));
  outer.on('close', next);
});

steps.push(() => {
  log('--- Duplex.from');
  const fromIterable = Duplex.from(['i1', 'i2']);
  log('iterable -> readable', fromIterable.readable, fromIterable.writable);
  const sink = new Writable({ write(c, e, cb) { log('pair sink', c); cb(); } });
  const src = new Readable({ read() {} });
  const pair = Duplex.from({ readable: src, writable: sink });
  pair.on('data', (d) => log('pair data', d));
  pair.write('to sink');
  src.push('from source');
  src.push(null);
  pair.end();
  const p = new PassThrough();
  log('duplex passes through', Duplex.from(p) === p);
  const fromPromise = Duplex.from(Promise.resolve('resolved'));
  fromPromise.on('data', (d) => log('promise data', d));
  fromPromise.on('end', () => log('promise end'));
  const fn = Duplex.from(async function(source) {
    let all = '';
    for await (const c of source) all += c;
    log('async fn saw', all);
  });
  fn.write('f1');
  fn.end('f2');
  fn.on('finish', () => log('fn finish'));
  try {
    Duplex.from(42);
  } catch (e) {
    log(e.code, e.message);
  }
  setTimeout(next, 20);
});

next();
