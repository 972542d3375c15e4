'use strict';
// createHash: digests of known inputs for every algorithm Go's standard
// library has, under the names OpenSSL accepts, in every output encoding;
// update with strings in encodings and with any view; copy; one-shot hash().
const crypto = require('crypto');

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128', 'shake256', 'md5-sha1'];
for (const name of algorithms) {
  console.log(name, crypto.createHash(name).update('abc').digest('hex'));
  console.log(name, crypto.createHash(name).digest('base64'));
}
const names = ['SHA256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'sha2-256', 'SHA-256', 'sha-1', 'RSA-SHA1-2',
  'ssl3-md5', 'md5WithRSAEncryption', 'SHA-512/224', 'sha2-512/256', 'SHA3-256', 'RSA-SHA3-512',
  'id-rsassa-pkcs1-v1_5-with-sha3-224', 'RSA-SHA512/256'];
for (const name of names) console.log(name, crypto.createHash(name).update('x').digest('hex'));

// A million 'a's, fed in pieces of several kinds.
const h = crypto.createHash('sha256');
const piece = 'a'.repeat(1000);
for (let i = 0; i < 1000; i++) {
  if (i % 3 === 0) h.update(piece);
  else if (i % 3 === 1) h.update(Buffer.from(piece));
  else h.update(new Uint16Array(Buffer.alloc(1000, 'a').buffer));
}
console.log('million a', h.digest('hex'));

const encodings = ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', 'HEX', 'Base64',
  undefined, null, '', 'nonsense', 'ascii', 'utf16le'];
for (const enc of encodings) {
  const out = crypto.createHash('sha1').update('The quick brown fox').digest(enc);
  console.log(String(enc), typeof out, Buffer.isBuffer(out) ? out.toString('hex') : JSON.stringify(out));
}
console.log(JSON.stringify(crypto.createHash('md5').update('é').digest('utf8')));

for (const [data, enc] of [['616263', 'hex'], ['YWJj', 'base64'], ['YWJj', 'base64url'], ['abc', 'latin1'],
  ['\u00e9', 'latin1'], ['\u00e9', 'utf8'], ['\u00e9', undefined], ['\u00e9', 'nonsense'], ['ab', 'utf16le'],
  ['abc', 'ascii']]) {
  console.log(JSON.stringify(data), enc, crypto.createHash('sha1').update(data, enc).digest('hex'));
}
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
for (const view of [new Uint8Array(ab, 2, 3), new DataView(ab, 1, 4), new Int32Array(ab, 4, 1), Buffer.from(ab, 3, 2),
  new Float64Array(ab)]) {
  console.log(view.constructor.name, crypto.createHash('md5').update(view).digest('hex'));
}

// copy() carries the state so far; the original goes on independently.
const base = crypto.createHash('sha512').update('one');
const copy = base.copy();
base.update('two');
console.log(copy.digest('hex') === crypto.createHash('sha512').update('one').digest('hex'));
console.log(base.digest('hex') === crypto.createHash('sha512').update('onetwo').digest('hex'));
const xof = crypto.createHash('shake256', { outputLength: 10 }).update('z');
console.log(xof.copy({ outputLength: 3 }).digest('hex'), xof.copy().digest('hex'), xof.digest('hex'));
console.log(crypto.createHash('shake128', { outputLength: 0 }).digest('hex') === '');
console.log(crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
const m5 = crypto.createHash('md5-sha1').update('q');
console.log(m5.copy().digest('hex') === m5.digest('hex'));

console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', 'abc', 'base64'));
console.log(crypto.hash('sha256', Buffer.from('abc'), 'buffer'));
console.log(crypto.hash('SHA3-256', new Uint8Array([1, 2, 3]), 'base64url'));

console.log(crypto.Hash('sha1') instanceof crypto.Hash, crypto.createHash('sha1').constructor.name);
console.log(Object.keys(crypto.createHash('sha1')));
console.log(crypto.getHashes().filter((n) => algorithms.includes(n)));
