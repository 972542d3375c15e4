'use strict';
// HMAC of known keys and inputs, PBKDF2 and HKDF (sync and with a
// callback), and their argument errors.
const crypto = require('crypto');

for (const alg of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'RSA-SHA384', 'md5-sha1']) {
  console.log(alg, crypto.createHmac(alg, 'key').update('The quick brown fox').digest('hex'));
}
// Keys longer than the block are hashed first; every key form gives the same.
const long = 'k'.repeat(200);
console.log(crypto.createHmac('sha256', long).update('x').digest('base64'));
console.log(crypto.createHmac('sha256', Buffer.from(long)).update('x').digest('base64'));
console.log(crypto.createHmac('sha256', new Uint8Array(Buffer.from(long)).buffer).update('x').digest('base64'));
console.log(crypto.createHmac('sha1', '6b6579', { encoding: 'hex' }).update('x').digest('hex'));
console.log(crypto.createHmac('sha1', '').update('').digest('hex'));
console.log(crypto.createHmac('sha1', 'k').digest('base64url'), crypto.Hmac('sha1', 'k') instanceof crypto.Hmac);

console.log(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 32, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2]), 2, 64, 'sha512').toString('base64'));
console.log(crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1'));

function attempt(what, fn) {
  try {
    const out = fn();
    console.log(what, 'ok', out);
  } catch (err) {
    console.log(what, err.name, err.code, err.message);
  }
}
attempt('pbkdf2 digest', () => crypto.pbkdf2Sync('p', 's', 1, 10, 'nope'));
attempt('pbkdf2 digest missing', () => crypto.pbkdf2Sync('p', 's', 1, 10));
attempt('pbkdf2 xof', () => crypto.pbkdf2Sync('p', 's', 1, 10, 'shake128'));
attempt('pbkdf2 iterations', () => crypto.pbkdf2Sync('p', 's', 0, 10, 'sha1'));
attempt('pbkdf2 keylen', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
attempt('pbkdf2 keylen float', () => crypto.pbkdf2Sync('p', 's', 1, 1.5, 'sha1'));
attempt('pbkdf2 password', () => crypto.pbkdf2Sync(1, 's', 1, 10, 'sha1'));
attempt('pbkdf2 salt', () => crypto.pbkdf2Sync('p', {}, 1, 10, 'sha1'));
attempt('pbkdf2 callback', () => crypto.pbkdf2('p', 's', 1, 10, 'sha1'));
attempt('hkdf', () => Buffer.from(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 42)).toString('hex'));
attempt('hkdf views', () => Buffer.from(crypto.hkdfSync('sha1', Buffer.from('key'), new Uint8Array(0), '', 10)).toString('hex'));
attempt('hkdf zero', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 0));
attempt('hkdf too long', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
attempt('hkdf digest', () => crypto.hkdfSync('nope', 'k', 's', 'i', 10));
attempt('hkdf key', () => crypto.hkdfSync('sha256', 1, 's', 'i', 10));

let order = [];
crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', (err, key) => {
  order.push('pbkdf2');
  console.log('pbkdf2 async', err, key.toString('hex'));
  crypto.hkdf('sha512', 'key', 'salt', 'info', 16, (err2, bits) => {
    console.log('hkdf async', err2, bits instanceof ArrayBuffer, Buffer.from(bits).toString('hex'));
    console.log(order);
  });
});
order.push('sync');
