'use strict';
// The other encodings, names, errors and the module's shape.
const { StringDecoder } = require('string_decoder');

for (const enc of [undefined, null, '', 'utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'base64',
  'base64url', 'hex', 'ascii', 'HEX']) {
  const d = new StringDecoder(enc);
  console.log(JSON.stringify(enc), d.encoding, d);
}
for (const bad of ['bogus', 'utf16', 'buffer', 0, {}]) {
  try {
    new StringDecoder(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

const u16 = new StringDecoder('utf16le');
const smile = Buffer.from('a😀', 'utf16le');
console.log(JSON.stringify([u16.write(smile.subarray(0, 1)), u16.write(smile.subarray(1, 3)), u16.lastNeed, u16.write(smile.subarray(3, 5)),
  u16.write(smile.subarray(5)), u16.end()]));
console.log(JSON.stringify([u16.write(Buffer.from([0x61, 0x00, 0x62])), u16.end()]));
console.log(JSON.stringify([u16.write(Buffer.from([0x3d, 0xd8])), u16.lastNeed, u16.lastTotal, u16.end()]));

for (const enc of ['base64', 'base64url']) {
  const d = new StringDecoder(enc);
  const data = Buffer.from([0xfb, 0xff, 0xbf, 0x01, 0x02]);
  console.log(enc, JSON.stringify([d.write(data.subarray(0, 1)), d.lastNeed, d.write(data.subarray(1, 4)), d.lastTotal, d.end(),
    d.write(data), d.end(data)]));
}
const hex = new StringDecoder('hex');
console.log(hex.write(Buffer.from([0, 255, 16])), hex.end(Buffer.from([1])), hex.lastNeed);
const latin = new StringDecoder('latin1');
console.log(JSON.stringify(latin.write(Buffer.from([0x41, 0xe9, 0xff, 0x80]))));
const ascii = new StringDecoder('ascii');
console.log(JSON.stringify(ascii.write(Buffer.from([0x41, 0xe9, 0x7f]))));

const d = new StringDecoder();
for (const bad of [1, 'ok', null, {}, [1]]) {
  try {
    console.log(JSON.stringify(d.write(bad)));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  StringDecoder.prototype.write.call({}, Buffer.alloc(1));
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(Object.keys(require('string_decoder')), Object.keys(StringDecoder.prototype), StringDecoder.length, StringDecoder.name);
console.log(Object.keys(d), Object.getOwnPropertySymbols(d).map(String));
