'use strict';
// One raw inflate stream fed message by message, each ending in a sync
// flush, as WebSocket permessage-deflate (ws) uses it: each flush gives
// only that message's output (every flush repeated all the output before
// it). The first messages are node's own bytes, so later ones refer back
// to earlier ones' window; the rest go through a deflate stream here.
const zlib = require('zlib');

function inflateEach(parts, done) {
  const inflate = zlib.createInflateRaw();
  const out = [];
  inflate.on('data', (c) => out.push(c));
  let i = 0;
  (function next() {
    if (i >= parts.length) return done();
    inflate.write(parts[i]);
    inflate.flush(() => {
      console.log('message', i, JSON.stringify(Buffer.concat(out).toString().slice(0, 40)), Buffer.concat(out).length);
      out.length = 0;
      i++;
      next();
    });
  })();
}

const fromNode = ['ca48cdc9c907000000ffff', 'ca00110a4824000000ffff', '4acd4b01000000ffff'].map((h) => Buffer.from(h, 'hex'));
inflateEach(fromNode, () => {
  const deflate = zlib.createDeflateRaw();
  const chunks = [];
  deflate.on('data', (c) => chunks.push(c));
  const msgs = ['hello', 'hello hello hello', 'x'.repeat(100000), JSON.stringify({ a: Array.from({ length: 300 }, (_, i) => i) })];
  const parts = [];
  let i = 0;
  (function next() {
    if (i >= msgs.length) return inflateEach(parts, () => console.log('done'));
    deflate.write(msgs[i]);
    deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      const comp = Buffer.concat(chunks);
      chunks.length = 0;
      console.log('compressed', i, comp.subarray(comp.length - 4).toString('hex'));
      parts.push(comp);
      i++;
      next();
    });
  })();
});
