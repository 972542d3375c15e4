'use strict';
// zlib's exports, constants, codes and the legacy top-level Z_* names.
const zlib = require('zlib');

console.log(Object.keys(zlib).join(' '));
console.log(JSON.stringify(zlib.constants));
console.log(zlib.codes);
console.log(Object.isFrozen(zlib.codes), Object.getOwnPropertyDescriptor(zlib, 'Z_SYNC_FLUSH'));
console.log(zlib.Z_OK, zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATE, zlib.UNZIP, zlib.ZLIB_VERNUM, 'BROTLI_DECODE' in zlib);
console.log(zlib.crc32('hello'), zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32(Buffer.from('hello world')));
console.log(zlib.crc32(new Uint8Array(0)), zlib.crc32(''));
try { zlib.crc32(5); } catch (e) { console.log(e.code, e.message); }
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip']) {
  const s = zlib[`create${name}`]();
  console.log(name, s.constructor.name, s instanceof zlib[name], s instanceof require('stream').Transform,
    zlib[name].length, zlib[name]() instanceof zlib[name], typeof s.params, typeof s.flush, s.bytesWritten);
  s.close();
}
