'use strict';
// Byte streams: BYOB readers, byobRequest.respond / respondWithNewView,
// autoAllocateChunkSize, default readers of byte streams, compression.
const log = (...a) => console.log(...a);
const err = (tag) => (e) => log(tag, e.name, e.code, e.message);

async function main() {
  // enqueue then BYOB read into a smaller view
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); },
  });
  log(rs);
  const reader = rs.getReader({ mode: 'byob' });
  log(reader);
  let r = await reader.read(new Uint8Array(3));
  log(r.value, r.done);
  r = await reader.read(new Uint8Array(3));
  log(r.value, r.done);
  r = await reader.read(new Uint8Array(3));
  log(r.value, r.done);

  // pull fills the byobRequest
  let pulls = 0;
  const pulled = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      log('pull', pulls, req.view.byteLength, c.desiredSize);
      if (pulls++ === 2) {
        c.close();
        req.respond(0);
        return;
      }
      req.view[0] = 65 + pulls;
      req.view[1] = 97 + pulls;
      req.respond(2);
    },
  });
  const pr = pulled.getReader({ mode: 'byob' });
  for (;;) {
    const { value, done } = await pr.read(new Uint8Array(8));
    log('byob read', value, done, value.buffer.byteLength);
    if (done) break;
  }

  // respondWithNewView and Uint16Array views
  const nv = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      const filled = new Uint8Array(v.buffer, v.byteOffset, 4);
      filled.set([1, 0, 2, 0]);
      c.byobRequest.respondWithNewView(filled);
    },
  });
  const nr = nv.getReader({ mode: 'byob' });
  log(await nr.read(new Uint16Array(4)));
  await nr.cancel('done');

  // autoAllocateChunkSize with a default reader
  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const v = c.byobRequest.view;
      log('auto view', v.constructor.name, v.byteLength);
      v.set([9, 8, 7]);
      c.byobRequest.respond(3);
      c.close();
    },
  });
  const ar = auto.getReader();
  log(await ar.read(), await ar.read());

  // default reader on a byte stream, async iteration
  const plain = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([10, 11])); c.enqueue(new Uint8Array([12])); c.close(); },
  });
  for await (const chunk of plain) log('chunk', chunk);

  // errors
  const bs = new ReadableStream({ type: 'bytes' });
  const br = bs.getReader({ mode: 'byob' });
  await br.read(1).catch(err('read 1'));
  await br.read(new Uint8Array(0)).catch(err('read empty'));
  try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { err('byob on default')(e); }
  try { new ReadableStream({ type: 'bytes' }, { size() { return 1; } }); } catch (e) { err('size')(e); }
  let bc;
  new ReadableStream({ type: 'bytes', start(c) { bc = c; } });
  try { bc.enqueue('x'); } catch (e) { err('enqueue string')(e); }
  try { bc.enqueue(new Uint8Array(0)); } catch (e) { err('enqueue empty')(e); }
  log(bc.byobRequest, bc.desiredSize);
  bc.close();
  try { bc.close(); } catch (e) { err('close twice')(e); }
  const errored = new ReadableStream({ type: 'bytes', start(c) { c.error(new Error('bytes boom')); } });
  await errored.getReader({ mode: 'byob' }).read(new Uint8Array(1)).catch(err('errored'));

  // compression round trip
  const input = new TextEncoder().encode('hello hello hello hello');
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const compressed = new ReadableStream({ start(c) { c.enqueue(input); c.close(); } })
      .pipeThrough(new CompressionStream(format));
    const parts = [];
    for await (const chunk of compressed.pipeThrough(new DecompressionStream(format))) parts.push(...chunk);
    log(format, new TextDecoder().decode(new Uint8Array(parts)));
  }
  try { new CompressionStream('zip'); } catch (e) { err('format')(e); }
  log(new DecompressionStream('gzip'));
}
main();
