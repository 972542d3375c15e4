'use strict';
// finished(), pipeline(), addAbortSignal() and compose() with web streams:
// when finished() calls back (against ticks and promise jobs), errors that
// cross between the two kinds of stream, and a signal failing a web stream.
const { Readable, Writable, Transform, PassThrough, pipeline, finished, addAbortSignal, compose } = require('stream');
const { pipeline: pipelinePromise, finished: finishedPromise } = require('stream/promises');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');
const log = (...a) => console.log(...a);
const tick = () => new Promise((r) => setImmediate(r));

function source(chunks, fail) {
  let c;
  const rs = new ReadableStream({ start(controller) { c = controller; } });
  queueMicrotask(() => {
    for (const chunk of chunks) c.enqueue(chunk);
    if (fail) c.error(new Error(fail));
    else c.close();
  });
  return rs;
}

function sink(name, values, fail) {
  return new WritableStream({
    write(chunk) {
      values.push(String(chunk));
      if (fail) throw new Error(fail);
    },
    close() { log(name, 'sink close'); },
    abort(reason) { log(name, 'sink abort', reason && reason.message); },
  });
}

const upper = () => new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); } });

async function main() {
  // finished(): order against ticks and promise jobs
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
  finished(rs, (err) => log('finished readable', err));
  process.nextTick(() => log('tick'));
  Promise.resolve().then(() => log('promise job'));
  for await (const v of rs) log('read', v);
  log('loop done');
  await tick();
  const closedAlready = new ReadableStream({ start(c) { c.close(); } });
  finished(closedAlready, (err) => log('finished closed', err));
  await tick();
  const errored = new ReadableStream({ start(c) { c.error(new Error('rs boom')); } });
  finished(errored, (err) => log('finished errored', err.message));
  await tick();
  const ws = new WritableStream({ write() {} });
  finished(ws, (err) => log('finished writable', err));
  const w = ws.getWriter();
  await w.write('x');
  await w.close();
  await tick();
  const aws = new WritableStream({ write() {} });
  finished(aws, (err) => log('finished aborted writable', err && err.message));
  await aws.abort(new Error('ws abort'));
  await tick();
  const ac0 = new AbortController();
  const pending = new ReadableStream();
  finished(pending, { signal: ac0.signal }, (err) => log('finished signal', err.name));
  ac0.abort();
  await tick();
  try {
    await finishedPromise(new ReadableStream({ start(c) { c.error(new Error('promise boom')); } }));
  } catch (e) { log('finished promise', e.message); }

  // pipeline()
  let values = [];
  await new Promise((res) => pipeline(source(['a', 'b']), sink('p1', values), (err) => { log('p1 done', err, values); res(); }));
  values = [];
  await new Promise((res) => pipeline(source(['a'], 'src boom'), upper(), upper(), sink('p2', values), (err) => { log('p2 done', err && err.message, values); res(); }));
  values = [];
  await new Promise((res) => pipeline(source(['a', 'b']), upper(), new Transform({
    transform(chunk, enc, cb) { cb(null, chunk + '!'); },
  }), sink('p3', values), (err) => { log('p3 done', err, values); res(); }));
  values = [];
  const r = new Readable({ read() {} });
  r.push('x'); r.push('y'); r.push(null);
  await new Promise((res) => pipeline(r, sink('p4', values, 'sink boom'), (err) => { log('p4 done', err && err.message, values); res(); }));
  const got = [];
  await new Promise((res) => pipeline(source(['m', 'n']), upper(), new Writable({
    write(chunk, enc, cb) { got.push(String(chunk)); cb(); },
  }), (err) => { log('p5 done', err, got); res(); }));
  await new Promise((res) => pipeline(source(['q']), async function* (src) {
    for await (const v of src) yield v + v;
  }, async function(src) {
    for await (const v of src) log('p6 got', v);
  }, (err) => { log('p6 done', err); res(); }));
  values = [];
  await pipelinePromise(source(['z']), sink('p7', values));
  log('p7 done', values);
  try { await pipelinePromise(source([], 'p8 boom'), new PassThrough()); } catch (e) { log('p8', e.message); }

  // addAbortSignal() on web streams
  const ac = new AbortController();
  const guarded = addAbortSignal(ac.signal, source(['1', '2', '3']));
  const reader = guarded.getReader();
  log('first', (await reader.read()).value);
  ac.abort();
  try { await reader.read(); } catch (e) { log('after abort', e.name, e.message); }
  const ac2 = new AbortController();
  const gw = addAbortSignal(ac2.signal, new WritableStream({ write() {} }));
  finished(gw, (err) => log('aborted writable finished', err.name));
  ac2.abort();
  await tick();
  const ac3 = new AbortController();
  ac3.abort();
  const pre = addAbortSignal(ac3.signal, new ReadableStream());
  try { await pre.getReader().read(); } catch (e) { log('pre-aborted', e.name); }

  // compose() with web streams
  const d = compose(upper(), new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).replace(' ', '_')); } }));
  let out = '';
  d.on('data', (chunk) => { out += chunk; });
  await new Promise((res) => { d.on('end', res); d.end('hello world'); });
  log('compose', out);
  const d2 = compose(new Transform({ transform(chunk, enc, cb) { cb(null, chunk + chunk); } }), upper());
  out = '';
  d2.on('data', (chunk) => { out += chunk; });
  d2.on('finish', () => log('compose 2 finish'));
  await new Promise((res) => { d2.on('end', res); d2.end('ab'); });
  log('compose 2', out);
  values = [];
  const d3 = compose(upper(), sink('c3', values));
  d3.on('finish', () => log('compose 3 finish', values));
  d3.end('to the sink');
  await tick();
  await tick();
  try { compose(new WritableStream(), upper()); } catch (e) { log(e.code, e.message.split('.')[0]); }
}
main();
