'use strict';
// WritableStream (writer, backpressure, close, abort, errors), TransformStream
// and pipeTo/pipeThrough with the prevent* options and an AbortSignal.
const log = (...a) => console.log(...a);
const err = (tag) => (e) => log(tag, e && e.name, e && e.code, e && e.message);
const tick = () => new Promise((res) => setTimeout(res, 1));

function recorder(name, opts = {}) {
  const chunks = [];
  const ws = new WritableStream({
    write(chunk, c) {
      log(name, 'write', chunk);
      chunks.push(chunk);
      if (opts.failOn === chunk) throw new Error(`cannot write ${chunk}`);
      return opts.slow ? tick() : undefined;
    },
    close() { log(name, 'close'); },
    abort(reason) { log(name, 'abort', reason instanceof Error ? reason.message : reason); },
  }, opts.strategy);
  return { ws, chunks };
}

function source(items, name = 'src') {
  return new ReadableStream({
    start(c) { for (const x of items) c.enqueue(x); c.close(); },
    cancel(reason) { log(name, 'cancel', reason instanceof Error ? reason.message : reason); },
  });
}

async function main() {
  // writer basics and backpressure
  const { ws } = recorder('w1', { slow: true, strategy: { highWaterMark: 2 } });
  const w = ws.getWriter();
  log(ws, w.desiredSize);
  const writes = [w.write('a'), w.write('b'), w.write('c')];
  log('desiredSize', w.desiredSize);
  await Promise.all(writes);
  log('after writes', w.desiredSize);
  await w.ready;
  await w.close();
  log('closed', ws, await w.closed);
  w.releaseLock();
  await w.closed.catch(err('closed released'));
  try { log(w.desiredSize); } catch (e) { err('desiredSize released')(e); }

  // abort
  const { ws: ws2 } = recorder('w2');
  const w2 = ws2.getWriter();
  await w2.abort(new Error('stop'));
  await w2.closed.catch(err('closed after abort'));
  await w2.write('x').catch(err('write after abort'));
  log(ws2);

  // sink write error
  const { ws: ws3 } = recorder('w3', { failOn: 'bad' });
  const w3 = ws3.getWriter();
  await w3.write('good');
  await w3.write('bad').catch(err('failing write'));
  await w3.close().catch(err('close after fail'));

  // controller.signal aborts with the reason
  const ws4 = new WritableStream({
    start(c) { c.signal.addEventListener('abort', () => log('signal aborted', c.signal.reason)); },
  });
  await ws4.abort('reason4');

  // TransformStream
  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); },
    flush(c) { c.enqueue('END'); },
  });
  log(upper);
  const tw = upper.writable.getWriter();
  const tr = upper.readable.getReader();
  tw.write('x');
  tw.write('y');
  tw.close();
  for (;;) {
    const { value, done } = await tr.read();
    if (done) break;
    log('transformed', value);
  }
  const identity = new TransformStream();
  const iw = identity.writable.getWriter();
  iw.write(1);
  log('identity', await identity.readable.getReader().read());
  const failing = new TransformStream({ transform() { throw new Error('transform failed'); } });
  const fw = failing.writable.getWriter();
  const failedRead = failing.readable.getReader().read().catch(err('transform read'));
  await fw.write(1).catch(err('transform write'));
  await failedRead;
  const term = new TransformStream({ start(c) { c.terminate(); } });
  log(term);
  log('terminated read', await term.readable.getReader().read());
  await term.writable.getWriter().write(1).catch(err('write terminated'));

  // pipeTo
  const r1 = recorder('p1');
  await source([1, 2, 3]).pipeTo(r1.ws);
  log('piped', r1.chunks, r1.ws);
  const r2 = recorder('p2');
  await source([1]).pipeTo(r2.ws, { preventClose: true });
  log('preventClose', r2.ws);
  const erroringSource = new ReadableStream({ start(c) { c.enqueue('e1'); c.error(new Error('src error')); } });
  const r3 = recorder('p3');
  await erroringSource.pipeTo(r3.ws).catch(err('pipe source error'));
  const r4 = recorder('p4', { failOn: 2 });
  await source([1, 2, 3], 'src4').pipeTo(r4.ws).catch(err('pipe dest error'));
  const r5 = recorder('p5', { failOn: 1 });
  await source([1, 2], 'src5').pipeTo(r5.ws, { preventCancel: true }).catch(err('preventCancel'));
  const r6 = recorder('p6');
  await new ReadableStream({ start(c) { c.error('src6 err'); } }).pipeTo(r6.ws, { preventAbort: true })
    .catch(err('preventAbort'));
  log('preventAbort dest', r6.ws);

  // signal
  const ac = new AbortController();
  const r7 = recorder('p7');
  const endless = new ReadableStream({
    pull(c) { c.enqueue('tick'); return tick(); },
    cancel(reason) { log('endless cancel', reason.name); },
  });
  const piping = endless.pipeTo(r7.ws, { signal: ac.signal });
  await tick();
  ac.abort();
  await piping.catch(err('aborted pipe'));
  await source([1]).pipeTo(recorder('p8').ws, { signal: AbortSignal.abort('early') }).catch((e) => log('early', e));

  // pipeThrough
  const out = source(['a', 'b']).pipeThrough(new TransformStream({
    transform(chunk, c) { c.enqueue(chunk + chunk); },
  }));
  for await (const x of out) log('through', x);
  await source([]).pipeTo(1).catch(err('pipeTo bad'));
  try { source([]).pipeThrough({}); } catch (e) { err('pipeThrough bad')(e); }
  const lockedDest = new WritableStream();
  lockedDest.getWriter();
  await source([]).pipeTo(lockedDest).catch(err('pipeTo locked'));

  // text encoding streams
  const enc = new TextEncoderStream();
  log(enc);
  const encoded = source(['h\u00e9', 'llo']).pipeThrough(enc).pipeThrough(new TextDecoderStream());
  for await (const x of encoded) log('text', x);
}
main();
