'use strict';
// ReadableStream default paths: readers, pull/backpressure, cancel, errors,
// tee, async iteration, ReadableStream.from, inspect.
const { inspect } = require('util');
const web = require('stream/web');
const log = (...a) => console.log(...a);
const err = (tag) => (e) => log(tag, e.name, e.code, e.message);

async function main() {
  log(Object.keys(web).join(','));
  log(web.ReadableStream === ReadableStream, typeof ReadableStream.from);

  // enqueue in start, read to the end
  const rs = new ReadableStream({
    start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); },
  });
  log(rs, rs.locked);
  const r = rs.getReader();
  log(r);
  log(await r.read(), await r.read(), await r.read(), await r.read());
  log(await r.closed);
  r.releaseLock();
  log(rs.locked, rs);

  // pull with highWaterMark and desiredSize
  let n = 0;
  const pulled = new ReadableStream({
    pull(c) {
      log('pull', n, c.desiredSize);
      c.enqueue(n++);
      if (n === 4) c.close();
    },
  }, { highWaterMark: 2 });
  await new Promise((res) => setTimeout(res, 1));
  const pr = pulled.getReader();
  for (;;) {
    const { value, done } = await pr.read();
    log('read', value, done);
    if (done) break;
  }

  // size strategy
  let ctl;
  new ReadableStream({ start(c) { ctl = c; } },
    { highWaterMark: 10, size: (chunk) => chunk.length });
  log(ctl.desiredSize);
  ctl.enqueue('abcd');
  log(ctl.desiredSize);
  ctl.enqueue('abcdefghij');
  log(ctl.desiredSize);
  ctl.close();
  log(ctl.desiredSize);
  try { ctl.enqueue('x'); } catch (e) { err('enqueue after close')(e); }

  // cancel with a reason reaches the source; pending reads end done
  const cancelled = new ReadableStream({
    cancel(reason) { log('cancel called', reason); return 'ignored'; },
  });
  const cr = cancelled.getReader();
  const pending = cr.read();
  log('cancel result', await cr.cancel('why'));
  log('pending read', await pending);

  // errors: controller.error, start throwing, pull rejecting
  const errored = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  const er = errored.getReader();
  await er.read().catch(err('errored read'));
  await er.closed.catch(err('errored closed'));
  er.releaseLock();
  log(errored);
  const pullFail = new ReadableStream({ pull() { return Promise.reject(new TypeError('pull failed')); } });
  await pullFail.getReader().read().catch(err('pull reject'));
  try { new ReadableStream({ start() { throw new RangeError('start threw'); } }); } catch (e) { err('start throw')(e); }

  // locked streams
  const locked = new ReadableStream();
  const lr = locked.getReader();
  try { locked.getReader(); } catch (e) { err('getReader locked')(e); }
  await locked.cancel().catch(err('cancel locked'));
  const pendingRead = lr.read();
  lr.releaseLock();
  await pendingRead.catch(err('pending on release'));
  await lr.closed.catch(err('closed after release'));
  await lr.read().catch(err('read after release'));

  // tee
  const [b1, b2] = new ReadableStream({
    start(c) { c.enqueue(1); c.enqueue(2); c.close(); },
  }).tee();
  const t1 = b1.getReader();
  const t2 = b2.getReader();
  log('tee', await t1.read(), await t2.read(), await t1.read(), await t2.read(), await t1.read());

  // async iteration, break cancels, preventCancel keeps the stream
  const iterated = new ReadableStream({
    start(c) { for (const x of [1, 2, 3]) c.enqueue(x); c.close(); },
  });
  for await (const x of iterated) log('iter', x);
  const breaker = new ReadableStream({
    pull(c) { c.enqueue('tick'); },
    cancel(reason) { log('iterator cancel', reason); },
  });
  for await (const x of breaker) { log('got', x); break; }
  log(breaker.locked);
  const kept = new ReadableStream({ start(c) { c.enqueue('k1'); c.enqueue('k2'); c.close(); } });
  for await (const x of kept.values({ preventCancel: true })) { log('kept', x); break; }
  log(kept.locked, await kept.getReader().read());

  // ReadableStream.from
  for await (const x of ReadableStream.from([1, Promise.resolve(2), 3])) log('from array', x);
  async function* gen() { yield 'g1'; yield 'g2'; }
  for await (const x of ReadableStream.from(gen())) log('from async gen', x);
  try { ReadableStream.from(1); } catch (e) { err('from 1')(e); }

  // argument validation
  for (const bad of [() => new ReadableStream(1), () => new ReadableStream({ type: 'foo' }),
    () => new ReadableStream({}, { highWaterMark: -1 }), () => new ReadableStream({}, { size: 1 }),
    () => new ReadableStream().getReader({ mode: 'x' }), () => ReadableStream.prototype.getReader.call({}),
    () => new ReadableStreamDefaultController(), () => new ReadableStreamDefaultReader(1)]) {
    try { bad(); } catch (e) { err('invalid')(e); }
  }
  log(inspect(new ReadableStream(), { depth: 0 }), Object.prototype.toString.call(rs));
  log(new CountQueuingStrategy({ highWaterMark: 3 }), new ByteLengthQueuingStrategy({ highWaterMark: 5 }).size(new Uint8Array(7)));
}
main();
