'use strict';
// addAbortSignal, the legacy Stream.prototype.pipe, wrap(), stream.destroy,
// duplexPair, compose and the iterator helpers.
const stream = require('stream');
const { Readable, Writable, PassThrough, Stream } = stream;
const EventEmitter = require('events');
const { trace, log } = require('./_trace');

const steps = [];
function next() {
  const s = steps.shift();
  if (s) setImmediate(s);
}

steps.push(() => {
  log('--- addAbortSignal');
  const ac = new AbortController();
  const r = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
  trace('r', r, ['error', 'close']);
  ac.abort('why');
  log('destroyed', r.destroyed, r.errored.cause);
  const aborted = AbortSignal.abort();
  const w = new Writable({ signal: aborted, write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('ctor signal', e.name));
  try {
    stream.addAbortSignal({}, new PassThrough());
  } catch (e) {
    log(e.code, e.message);
  }
  try {
    stream.addAbortSignal(ac.signal, {});
  } catch (e) {
    log(e.code, e.message);
  }
  r.on('close', next);
});

steps.push(() => {
  log('--- legacy Stream.pipe');
  const src = new Stream();
  const dst = new PassThrough();
  dst.on('data', (d) => log('dst got', d));
  trace('dst', dst, ['pipe', 'finish', 'end']);
  src.pipe(dst);
  src.emit('data', 'legacy');
  src.emit('end');
  dst.on('end', next);
});

steps.push(() => {
  log('--- wrap an old-style emitter');
  const old = new EventEmitter();
  old.pause = () => log('old paused');
  old.resume = () => log('old resumed');
  const r = new Readable({ highWaterMark: 2 }).wrap(old);
  old.emit('data', Buffer.from('abc'));
  old.emit('data', Buffer.from('d'));
  r.on('data', (d) => log('wrapped data', d));
  r.on('end', () => log('wrapped end'));
  r.on('close', next);
  setImmediate(() => old.emit('end'));
});

steps.push(() => {
  log('--- stream.destroy on various things');
  const p = new PassThrough();
  trace('p', p, ['error', 'close']);
  stream.destroy(p);
  stream.destroy(null);
  const e = new EventEmitter();
  e.on('close', () => log('legacy emitter closed'));
  e.on('error', (err) => log('legacy emitter error', err));
  stream.destroy(e);
  setImmediate(next);
});

steps.push(() => {
  log('--- duplexPair');
  const [a, b] = stream.duplexPair();
  b.on('data', (d) => log('b got', d));
  a.on('data', (d) => log('a got', d));
  a.write('from a', () => log('a write cb'));
  b.write('from b');
  a.end();
  b.on('end', () => {
    log('b end');
    b.end();
  });
  a.on('close', next);
});

steps.push(() => {
  log('--- compose');
  const upper = new stream.Transform({
    transform(c, e, cb) {
      cb(null, c.toString().toUpperCase());
    },
  });
  const exclaim = new stream.Transform({
    transform(c, e, cb) {
      cb(null, c + '!');
    },
  });
  const both = stream.compose(upper, exclaim);
  both.on('data', (d) => log('composed', d));
  both.on('end', () => log('composed end'));
  both.on('close', next);
  both.write('hi');
  both.end('there');
});

steps.push(() => {
  log('--- compose with an async generator');
  const c = stream.compose(async function* (source) {
    for await (const chunk of source) yield String(chunk).repeat(2);
  });
  c.on('data', (d) => log('gen composed', d));
  c.on('close', next);
  c.write('ab');
  c.end();
});

steps.push(async () => {
  log('--- iterator helpers');
  const nums = () => Readable.from([1, 2, 3, 4, 5]);
  log('map', await nums().map((x) => x * 2).toArray());
  log('filter', await nums().filter(async (x) => x % 2).toArray());
  log('take/drop', await nums().drop(1).take(2).toArray());
  log('flatMap', await nums().take(2).flatMap((x) => [x, x]).toArray());
  log('reduce', await nums().reduce((a, b) => a + b, 0));
  log('some/every/find', await nums().some((x) => x > 4), await nums().every((x) => x > 0), await nums().find((x) => x > 2));
  const seen = [];
  await nums().forEach((x) => { seen.push(x); });
  log('forEach', seen);
  log('map concurrency', await nums().map(async (x) => {
    await new Promise((r) => setTimeout(r, (6 - x) * 2));
    return x;
  }, { concurrency: 3 }).toArray());
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    log('reduce empty', e.code, e.message);
  }
  try {
    nums().map(1);
  } catch (e) {
    log(e.code, e.message);
  }
  try {
    new (Readable.prototype.map)();
  } catch (e) {
    log(e.code, e.message);
  }
  next();
});

next();
