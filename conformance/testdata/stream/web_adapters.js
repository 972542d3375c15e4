'use strict';
// Readable/Writable/Duplex .toWeb() and .fromWeb(), and Duplex.from() of a
// web stream, a { readable, writable } pair of them and a Blob: the data
// that crosses, the order of events, errors and argument checks.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');
const log = (...a) => console.log(...a);
const tick = () => new Promise((r) => setImmediate(r));

function webReadable(chunks, fail) {
  return new ReadableStream({
    pull(c) {
      if (chunks.length) c.enqueue(chunks.shift());
      else if (fail) c.error(new Error(fail));
      else c.close();
    },
    cancel(reason) { log('web cancel', reason && reason.name); },
  });
}

function webWritable(name, fail) {
  return new WritableStream({
    write(chunk) {
      log(name, 'write', typeof chunk, Buffer.isBuffer(chunk), String(Buffer.from(chunk)));
      if (fail) throw new Error(fail);
    },
    close() { log(name, 'close'); },
    abort(reason) { log(name, 'abort', reason && reason.name); },
  });
}

function events(s, name) {
  for (const ev of ['end', 'finish', 'close', 'error']) {
    s.on(ev, (e) => log(name, ev, ev === 'error' ? e.message : ''));
  }
}

async function main() {
  // Readable.toWeb: bytes come out as Uint8Array copies, objects as they are
  const r = new Readable({ read() {} });
  r.push('ab');
  r.push(Buffer.from('cd'));
  r.push(null);
  const reader = Readable.toWeb(r).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    log('toWeb chunk', value.constructor.name, Buffer.isBuffer(value), String(Buffer.from(value)));
  }
  const objs = Readable.toWeb(Readable.from([{ a: 1 }, 'x', 3]));
  for await (const v of objs) log('toWeb object', v);
  // an error on the Node side errors the web stream
  const bad = new Readable({ read() { this.destroy(new Error('node boom')); } });
  try { await Readable.toWeb(bad).getReader().read(); } catch (e) { log('toWeb error', e.message); }
  // a destroyed stream gives a cancelled (closed) ReadableStream
  const gone = new PassThrough();
  gone.destroy();
  log('toWeb destroyed', await Readable.toWeb(gone).getReader().read());
  // cancel on the web side destroys the Node stream
  const c = new Readable({ read() {} });
  c.on('close', () => log('cancelled node stream closed, destroyed', c.destroyed));
  c.on('error', (e) => log('cancelled node error', e.message));
  await Readable.toWeb(c).cancel(new Error('stop'));
  await tick();

  // Readable.fromWeb
  const fr = Readable.fromWeb(webReadable(['x', 'y']), { encoding: 'utf8', objectMode: true });
  events(fr, 'fromWeb');
  for await (const v of fr) log('fromWeb got', v);
  await tick();
  const fe = Readable.fromWeb(webReadable(['x'], 'web boom'), { objectMode: true });
  events(fe, 'fromWeb err');
  fe.resume();
  await tick();
  await tick();
  const fd = Readable.fromWeb(webReadable(['x', 'y', 'z']), { objectMode: true });
  fd.once('data', (d) => { log('fromWeb first', d); fd.destroy(); });
  fd.on('close', () => log('fromWeb destroyed close'));
  await tick();
  await tick();

  // Writable.toWeb
  const sink = new Writable({
    highWaterMark: 4,
    write(chunk, enc, cb) { log('node write', String(chunk)); setImmediate(cb); },
    final(cb) { log('node final'); cb(); },
  });
  events(sink, 'sink');
  const writer = Writable.toWeb(sink).getWriter();
  await writer.write(Buffer.from('abcdef'));
  await writer.write(new Uint8Array([104, 105]));
  await writer.close();
  log('web writer closed');
  await tick();
  const ws = new Writable({ write(c, e, cb) { cb(); } });
  const w2 = Writable.toWeb(ws).getWriter();
  ws.destroy(new Error('dest gone'));
  try { await w2.write(Buffer.from('late')); } catch (e) { log('toWeb write after destroy', e.message); }
  await tick();

  // Writable.fromWeb
  const fw = Writable.fromWeb(webWritable('fw'));
  events(fw, 'fromWeb w');
  fw.write('one');
  fw.end(Buffer.from('two'));
  await tick();
  await tick();
  const fwe = Writable.fromWeb(webWritable('fwe', 'sink boom'));
  events(fwe, 'fromWeb w err');
  fwe.write('bad');
  await tick();
  await tick();

  // Duplex.toWeb / fromWeb
  const pt = new PassThrough();
  const pair = Duplex.toWeb(pt);
  const pw = pair.writable.getWriter();
  pw.write(Buffer.from('through'));
  pw.close();
  for await (const v of pair.readable) log('toWeb duplex', String(Buffer.from(v)));
  const dup = Duplex.fromWeb({ readable: webReadable(['r1', 'r2']), writable: webWritable('dw') },
    { objectMode: true });
  events(dup, 'fromWeb duplex');
  dup.on('data', (d) => log('fromWeb duplex data', d));
  dup.end('w1');
  await tick();
  await tick();
  await tick();

  // Duplex.from of web streams and a Blob
  const d1 = Duplex.from(webReadable(['only']));
  log('from readable', d1.readable, d1.writable);
  d1.on('data', (d) => log('from readable data', String(d)));
  await new Promise((res) => d1.on('end', res));
  const d2 = Duplex.from(webWritable('from w'));
  log('from writable', d2.readable, d2.writable);
  d2.end('last');
  await new Promise((res) => d2.on('finish', res));
  const d3 = Duplex.from({ readable: webReadable(['p']), writable: webWritable('pair') });
  d3.on('data', (d) => log('pair data', String(d)));
  d3.end('q');
  await tick();
  await tick();
  const d4 = Duplex.from(new Blob(['blob bytes']));
  d4.on('data', (ab) => log('blob data', ab.constructor.name, ab.byteLength));
  await new Promise((res) => d4.on('end', res));

  // toWeb pauses the stream first and counts bytes against its highWaterMark
  const hw = new Readable({ highWaterMark: 10, read() {} });
  hw.on('pause', () => log('hw pause'));
  hw.on('resume', () => log('hw resume'));
  const hwWeb = Readable.toWeb(hw);
  log('hw flowing', hw.readableFlowing);
  await tick();
  hw.push('aaaaaaaa');
  await tick();
  log('hw after 8 bytes', hw.readableFlowing);
  hw.push('bbbbbbbb');
  await tick();
  log('hw after 16 bytes', hw.readableFlowing);
  await hwWeb.cancel();
  await tick();
  log('hw destroyed', hw.destroyed);

  // argument checks
  const checks = [
    () => Readable.toWeb({}), () => Readable.fromWeb({}), () => Writable.toWeb(1), () => Writable.fromWeb(null),
    () => Duplex.toWeb(new Readable()), () => Duplex.fromWeb({ readable: webReadable([]) }),
    () => Duplex.fromWeb(null), () => Readable.fromWeb(webReadable([]), { encoding: 'nope' }),
    () => Readable.fromWeb(webReadable([]), { objectMode: 1 }), () => Writable.fromWeb(webWritable('x'), null),
  ];
  for (const f of checks) {
    try { f(); log('no throw'); } catch (e) { log(e.name, e.code, e.message); }
  }
  log('statics', Object.keys(Readable), Object.keys(Writable), Object.keys(Duplex));
}
main();
