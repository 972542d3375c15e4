'use strict';
// UTF-8 split across writes, invalid bytes, and the decoder's state.
const { StringDecoder } = require('string_decoder');

const euro = Buffer.from('€');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(euro.subarray(0, 1))), d.lastNeed, d.lastTotal, d.lastChar);
console.log(JSON.stringify(d.write(euro.subarray(1, 2))), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.write(euro.subarray(2))), d.lastNeed, d.lastTotal, d);

const cases = [[0xE2, 0x82], [0xE2, 0x41], [0xF0, 0x9F, 0x98], [0xC3], [0x80, 0x80], [0xFF], [0xED, 0xA0, 0x80],
  [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE0, 0x80], [0x41, 0xF0], [0xF0, 0x9F, 0x98, 0x80, 0xF0]];
for (const bytes of cases) {
  const dec = new StringDecoder();
  const parts = [dec.write(Buffer.from(bytes)), dec.lastNeed, dec.lastTotal];
  parts.push(dec.end());
  console.log(bytes.map((b) => b.toString(16)).join(' '), JSON.stringify(parts));
}
// Byte by byte through a mixed string.
const text = 'aé€😀b\u0000ü';
const bytes = Buffer.from(text);
const one = new StringDecoder('utf-8');
let out = '';
for (let i = 0; i < bytes.length; i++) out += one.write(bytes.subarray(i, i + 1));
out += one.end();
console.log(out === text, JSON.stringify(out));
// A lead byte where a continuation was expected starts a new character.
const brk = new StringDecoder();
console.log(JSON.stringify([brk.write(Buffer.from([0xE2])), brk.write(Buffer.from([0x41, 0xE2, 0x82])), brk.end(Buffer.from([0xAC]))]));
console.log(JSON.stringify(new StringDecoder().text(Buffer.from('xyz€'), 2)));
console.log(JSON.stringify(new StringDecoder().write('already a string')), JSON.stringify(new StringDecoder().end()));
console.log(JSON.stringify(new StringDecoder().write(new Uint16Array([0x6968]))), JSON.stringify(new StringDecoder().write(new DataView(new Uint8Array([0x6f, 0x6b]).buffer))));
