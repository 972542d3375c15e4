'use strict';
// require('stream/consumers') and the old per-class module names.
const c = require('stream/consumers');
const { Readable } = require('stream');
console.log(Object.keys(c));
(async () => {
  console.log(await c.text(Readable.from(['a', Buffer.from([0xe2, 0x82]), Buffer.from([0xac])])));
  console.log(await c.json(Readable.from(['{"a":', '1}'])));
  console.log(await c.buffer(Readable.from([Buffer.from('xy'), 'z'])));
  const ab = await c.arrayBuffer(Readable.from(['q']));
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const b = await c.blob(Readable.from(['blob']));
  console.log(b.size, await b.text());
  console.log(require('_stream_readable') === Readable, require('_stream_passthrough').name, require('node:_stream_writable').name);
})();
