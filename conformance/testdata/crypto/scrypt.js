'use strict';
// scrypt and scryptSync (RFC 7914): node's outputs for several parameter
// sets, the option aliases, and node's parameter and memory-limit errors.
const c = require('crypto');
console.log(c.scryptSync('pw', 'salt', 16).toString('hex'), c.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex').slice(0, 32));
console.log(c.scryptSync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 32, { cost: 256, blockSize: 4, parallelization: 2 }).toString('base64'));
for (const f of [() => c.scryptSync('pw', 's', 16, { N: 3 }), () => c.scryptSync('pw', 's', 16, { N: 2 ** 20 }), () => c.scryptSync('pw', 's', -1),
  () => c.scryptSync('pw', 's', 16, { N: 16, cost: 16 }), () => c.scrypt('pw', 's', 16, {}), () => c.scryptSync('pw', 's', 0), () => c.scryptSync('pw', 's', 8, { N: 1024, maxmem: 1000 }),
  () => c.scryptSync('pw', 's', 8, { N: -1 }), () => c.scryptSync(5, 's', 8)])
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
c.scrypt('pw', 'salt', 16, (e, k) => {
  console.log('async', e, k.toString('hex'));
  c.scrypt('pw', 'salt', 16, { N: 1024 }, (e2, k2) => console.log('async opts', e2, k2.length));
});
