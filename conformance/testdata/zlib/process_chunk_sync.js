'use strict';
// zlib's internal _processChunk(chunk, flushFlag) as minizlib (under tar)
// calls it on a zlib stream: synchronous, one chunk at a time with its
// native handle's close neutralised and put back, through Buffer.concat;
// _processChunk was missing ("Object has no member '_processChunk'").
const zlib = require('zlib');

function processAll(stream, chunks, finish) {
  const out = [];
  for (const [chunk, flag] of chunks) {
    const handle = stream._handle;
    const close = handle.close;
    handle.close = () => {};
    const r = stream._processChunk(chunk, flag);
    stream._handle = handle;
    handle.close = close;
    // The first buffer is the handle's output buffer, reused by the next call.
    out.push(Buffer.from(Buffer.isBuffer(r) ? r : Buffer.concat(r)));
  }
  if (finish) stream.close();
  return Buffer.concat(out);
}

const text = 'tar entries and their headers '.repeat(200);
const gz = processAll(zlib.createGzip(), [[Buffer.from(text.slice(0, 1000)), zlib.constants.Z_NO_FLUSH],
  [Buffer.from(text.slice(1000)), zlib.constants.Z_SYNC_FLUSH], [Buffer.alloc(0), zlib.constants.Z_FINISH]], true);
console.log('gunzip', zlib.gunzipSync(gz).toString() === text);
const back = processAll(zlib.createGunzip(), [[gz.subarray(0, 50), zlib.constants.Z_SYNC_FLUSH],
  [gz.subarray(50), zlib.constants.Z_FINISH]], true);
console.log('streamed back', back.toString() === text);

// Buffer.concat swapped for one that returns the list, as minizlib does:
// a single output buffer comes back as it is.
const concat = Buffer.concat;
Buffer.concat = (list) => list;
const s = zlib.createDeflateRaw();
const one = s._processChunk(Buffer.from('abc'), zlib.constants.Z_FINISH);
Buffer.concat = concat;
console.log('one', Buffer.isBuffer(one), zlib.inflateRawSync(one).toString(), s._handle);

const bad = zlib.createInflate();
try { bad._processChunk(Buffer.from('not zlib data'), zlib.constants.Z_FINISH); } catch (e) { console.log(e.code, e.errno, e.message); }
const d = zlib.createDeflate();
d._processChunk(Buffer.from('x'), zlib.constants.Z_FINISH, () => console.log('async callback', d.bytesWritten));
