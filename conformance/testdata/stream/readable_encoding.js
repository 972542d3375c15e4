'use strict';
// setEncoding(): characters split across chunks, switching mid-stream,
// the encoding option, unshift with an encoding set.
const { Readable, PassThrough } = require('stream');
const { log } = require('./_trace');

const euro = Buffer.from('€uro 😀', 'utf8');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
log('readableEncoding', r.readableEncoding);
for (const byte of euro) r.push(Buffer.from([byte]));
r.push(null);
const parts = [];
r.on('data', (s) => parts.push(s));
r.on('end', () => log('utf8 parts', parts.length, parts.join('|')));

// Buffered data is converted when the encoding is set later.
const r2 = new Readable({ read() {} });
r2.push(Buffer.from([0xe2, 0x82]));
r2.push(Buffer.from([0xac, 0x41]));
log('r2 length before', r2.readableLength);
r2.setEncoding('utf8');
log('r2 length after', r2.readableLength);
log('r2 read', r2.read());

// An incomplete character at the end comes out as a replacement.
const r3 = new Readable({ encoding: 'utf8', read() {} });
r3.push(Buffer.from([0x41, 0xe2, 0x82]));
r3.push(null);
r3.on('data', (s) => log('r3 data', s, s.length));

// hex and base64 decoders.
for (const enc of ['hex', 'base64', 'latin1', 'ucs2']) {
  const s = new PassThrough();
  s.setEncoding(enc);
  const out = [];
  s.on('data', (d) => out.push(d));
  s.on('end', () => log(enc, out));
  s.write(Buffer.from('ab'));
  s.write(Buffer.from('cde'));
  s.end(Buffer.from('f'));
}

// read(n) counts characters once decoding.
const r4 = new Readable({ read() {} });
r4.setEncoding('utf8');
r4.push('héllo wörld');
log('r4 read(3)', r4.read(3), 'left', r4.readableLength);
r4.unshift('ABC');
log('r4 read()', r4.read());

// setEncoding(null) means utf8.
const r5 = new Readable({ read() {} });
r5.setEncoding(null);
log('r5 encoding', r5.readableEncoding);
try {
  new Readable({ read() {} }).setEncoding('nope');
} catch (e) {
  log('bad encoding', e.code, e.message);
}
