'use strict';
// zlib's Sync functions: round trips through every format, decoding bytes
// node's zlib made, the header bytes both write, option checks, and the
// errors of bad input (message, code, errno).
const zlib = require('zlib');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(20);
const src = Buffer.from(text);

// Made by node's zlib (the compressed bytes of another compressor differ).
const fromNode = {
  gzip: 'H4sIAAAAAAAAAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTyqeFQxtRUDAOZKZrCEAwAA',
  deflate9: 'eNoLyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlP11MIGVU8qnhUMbUVAwBHpUMc',
  raw: 'C8lIVSgszUzOVkgqyi/PU0jLr1DIKs0tKFbIL0stUijJSFXISayqVEjJT9dTCBlVPKp4VDG1FQMA',
  dict: 'eLsIDAJNS4QhABE9A3M=',
};
const b64 = (s) => Buffer.from(s, 'base64');

console.log('gunzip node bytes', zlib.gunzipSync(b64(fromNode.gzip)).equals(src));
console.log('unzip node gzip', zlib.unzipSync(b64(fromNode.gzip)).equals(src));
console.log('inflate node bytes', zlib.inflateSync(b64(fromNode.deflate9)).equals(src));
console.log('unzip node zlib', zlib.unzipSync(b64(fromNode.deflate9)).equals(src));
console.log('inflateRaw node bytes', zlib.inflateRawSync(b64(fromNode.raw)).equals(src));
console.log('inflate with dictionary', zlib.inflateSync(b64(fromNode.dict), { dictionary: Buffer.from('abcabc') }).toString());

for (const [enc, dec] of [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'],
  ['deflateRawSync', 'inflateRawSync'], ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync']]) {
  for (const level of [undefined, 0, 1, 9]) {
    const c = zlib[enc](src, { level });
    console.log(enc, dec, level, zlib[dec](c).equals(src), c.length < src.length || level === 0);
  }
}
console.log('string input', zlib.gunzipSync(zlib.gzipSync('héllo')).toString());
console.log('empty', zlib.inflateSync(zlib.deflateSync('')).length, zlib.gunzipSync(zlib.gzipSync(Buffer.alloc(0))).length);
console.log('typed array', zlib.inflateRawSync(zlib.deflateRawSync(new Uint16Array([1, 2, 3]))).toString('hex'));
console.log('arraybuffer', zlib.inflateSync(zlib.deflateSync(new Uint8Array([7, 8]).buffer)).toString('hex'));
const dict = Buffer.from('quick brown fox');
console.log('dictionary', zlib.inflateSync(zlib.deflateSync(src, { dictionary: dict }), { dictionary: dict }).equals(src));
console.log('raw dictionary', zlib.inflateRawSync(zlib.deflateRawSync(src, { dictionary: dict }), { dictionary: dict }).equals(src));

// Header bytes are zlib's for each level.
for (const level of [-1, 0, 1, 5, 6, 9]) {
  console.log('headers', level, zlib.deflateSync('x', { level }).subarray(0, 2).toString('hex'),
    zlib.gzipSync('x', { level }).subarray(0, 10).toString('hex'));
}
console.log('gzip trailer', zlib.gzipSync(src).subarray(-8).toString('hex'));
console.log('zlib trailer', zlib.deflateSync(src).subarray(-4).toString('hex'));

// Concatenated members, and what may follow a member.
const g = zlib.gzipSync('abc');
console.log('two members', zlib.gunzipSync(Buffer.concat([g, zlib.gzipSync('def')])).toString());
console.log('zero padding', zlib.gunzipSync(Buffer.concat([g, Buffer.alloc(5)])).toString());
console.log('after zlib stream', zlib.inflateSync(Buffer.concat([zlib.deflateSync('ab'), Buffer.from('xyz')])).toString());

function fail(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`, e.code, e.errno);
  }
}
fail('inflate text', () => zlib.inflateSync(Buffer.from('hello world')));
fail('gunzip text', () => zlib.gunzipSync(Buffer.from('hello world')));
fail('unzip text', () => zlib.unzipSync(Buffer.from('hello world')));
fail('inflateRaw text', () => zlib.inflateRawSync(Buffer.from('hello world')));
fail('inflateRaw block type 3', () => zlib.inflateRawSync(Buffer.from([0x07, 0, 0])));
const d = zlib.deflateSync('hello hello hello hello');
fail('truncated', () => zlib.inflateSync(d.subarray(0, d.length - 3)));
fail('truncated header', () => zlib.inflateSync(d.subarray(0, 1)));
fail('empty inflate', () => zlib.inflateSync(Buffer.alloc(0)));
const bad = Buffer.from(d);
bad[bad.length - 1] ^= 1;
fail('adler', () => zlib.inflateSync(bad));
const gz = Buffer.from(g);
gz[gz.length - 6] ^= 1;
fail('crc', () => zlib.gunzipSync(gz));
const gl = Buffer.from(g);
gl[gl.length - 2] ^= 1;
fail('length', () => zlib.gunzipSync(gl));
fail('trailing garbage', () => zlib.gunzipSync(Buffer.concat([g, Buffer.from('xyz')])));
fail('gzip method', () => zlib.gunzipSync(Buffer.from('1f8b0900000000000003', 'hex')));
fail('gzip flags', () => zlib.gunzipSync(Buffer.from('1f8b0840000000000003', 'hex')));
fail('zlib method', () => zlib.inflateSync(Buffer.from([0x79, 0x9c - 1 - ((0x79 * 256 + 0x9b) % 31), 0])));
fail('gzip header only', () => zlib.gunzipSync(Buffer.from('1f8b0800000000000003', 'hex')));
const withDict = b64(fromNode.dict);
fail('missing dictionary', () => zlib.inflateSync(withDict));
fail('bad dictionary', () => zlib.inflateSync(withDict, { dictionary: Buffer.from('abd') }));
fail('level', () => zlib.deflateSync('x', { level: 12 }));
fail('windowBits', () => zlib.deflateSync('x', { windowBits: 2 }));
fail('memLevel', () => zlib.deflateSync('x', { memLevel: 0 }));
fail('strategy', () => zlib.deflateSync('x', { strategy: 5 }));
fail('chunkSize', () => zlib.deflateSync('x', { chunkSize: 10 }));
fail('level type', () => zlib.deflateSync('x', { level: '1' }));
fail('level infinite', () => zlib.deflateSync('x', { level: Infinity }));
fail('input type', () => zlib.deflateSync(5));
fail('dictionary type', () => zlib.deflateSync('x', { dictionary: 'abc' }));
fail('maxOutputLength', () => zlib.inflateSync(zlib.deflateSync(src), { maxOutputLength: 100 }));
console.log('NaN level is the default', zlib.inflateSync(zlib.deflateSync('x', { level: NaN })).toString());
console.log('strategies', [0, 1, 2, 3, 4].map((strategy) => zlib.inflateSync(zlib.deflateSync(src, { strategy })).equals(src)));
