'use strict';
// Brotli compression as compression and @fastify/compress use it when a
// browser sends "Accept-Encoding: gzip, deflate, br" (it threw, and they
// answered 500): the stream with flush() between writes, the one-shot
// forms, and node's checks of Brotli's options. The compressed bytes are
// gocluster's own (stored meta-blocks; zlib's Go test has node decode
// them), so only their shape is printed here.
const zlib = require('zlib');

const s = zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
console.log(s instanceof zlib.BrotliCompress, s instanceof require('stream').Transform, typeof s.flush);
const chunks = [];
const events = [];
s.on('data', (c) => chunks.push(c));
s.on('end', () => {
  events.push('end');
  const out = Buffer.concat(chunks);
  console.log(events.join(' '), Buffer.isBuffer(out), out.length > 0);
  const sync = zlib.brotliCompressSync('x'.repeat(1000));
  console.log('sync', Buffer.isBuffer(sync), sync.length > 0);
  zlib.brotliCompress(Buffer.from('abc'), (err, buf) => {
    console.log('callback', err, Buffer.isBuffer(buf));
    for (const f of [
      () => zlib.createBrotliCompress({ params: { 999: 1 } }),
      () => zlib.createBrotliCompress({ params: { 0: 'x' } }),
      () => zlib.createBrotliCompress({ flush: 9 }),
      () => zlib.brotliCompressSync(5),
      () => zlib.brotliCompress('abc', {}),
    ]) {
      try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
    }
  });
});
s.write('first part ');
s.flush(() => {
  events.push('flushed');
  s.write('second part');
  s.end();
});
