'use strict';
// require('stream/consumers'): read a whole stream (or any async iterable)
// into a Blob, ArrayBuffer, Buffer, string or parsed JSON.

const { Buffer, Blob } = require('buffer');

// Every chunk, in order, as for-await would give them.
async function chunksOf(stream) {
  const it = stream[Symbol.asyncIterator]();
  const chunks = [];
  for (;;) {
    const r = await it.next();
    if (r.done) return chunks;
    chunks.push(r.value);
  }
}

async function blob(stream) {
  return new Blob(await chunksOf(stream));
}

async function arrayBuffer(stream) {
  const b = await blob(stream);
  return b.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const dec = new TextDecoder();
  const it = stream[Symbol.asyncIterator]();
  let str = '';
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    str += typeof r.value === 'string' ? r.value : dec.decode(r.value, { stream: true });
  }
  return str + dec.decode(undefined, { stream: false });
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
