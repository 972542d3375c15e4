'use strict';
// crypto.createECDH (prime256v1, secp384r1, secp521r1; web-push derives its
// payload keys with it): keys, secrets, point formats, convertKey, errors.
const c = require('crypto');
const a = c.createECDH('prime256v1'); a.setPrivateKey(Buffer.alloc(32, 1));
console.log(a.getPublicKey('hex').slice(0, 20), a.getPublicKey('hex', 'compressed'), a.getPrivateKey().length, a.getPublicKey(null, 'hybrid').slice(0, 1));
const b = c.createECDH('prime256v1'); b.setPrivateKey(Buffer.alloc(32, 2));
console.log(a.computeSecret(b.getPublicKey()).toString('hex'), b.computeSecret(a.getPublicKey('base64'), 'base64', 'hex'));
console.log(a.computeSecret(b.getPublicKey(null, 'compressed'), null, 'hex') === a.computeSecret(b.getPublicKey(), null, 'hex'));
for (const f of [() => c.createECDH('nope'), () => a.computeSecret(Buffer.alloc(65, 9)), () => c.createECDH('prime256v1').getPublicKey(), () => a.setPrivateKey(Buffer.alloc(32, 0)), () => a.getPublicKey('hex', 'weird')])
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
const k = c.createECDH('secp384r1'); console.log(k.generateKeys().length, k.generateKeys('hex', 'compressed').length);
const p = c.createECDH('secp521r1'); console.log(p.generateKeys().length, p.getPrivateKey().length >= 60);
const z = c.createECDH('prime256v1'); z.setPrivateKey(Buffer.concat([Buffer.alloc(1), Buffer.alloc(31, 3)])); console.log(z.getPrivateKey().length);
console.log(c.ECDH.convertKey(a.getPublicKey(), 'prime256v1', null, 'hex', 'compressed'));
console.log(c.ECDH.convertKey(a.getPublicKey('hex', 'compressed'), 'prime256v1', 'hex', 'hex') === a.getPublicKey('hex'));
console.log(c.getCurves().includes('prime256v1'), c.getCurves().includes('secp384r1'), typeof c.ECDH, c.createECDH('prime256v1') instanceof c.ECDH);
// ECDH between two generated keys agrees
const x = c.createECDH('prime256v1'), y = c.createECDH('prime256v1');
x.generateKeys(); y.generateKeys();
console.log(x.computeSecret(y.getPublicKey()).equals(y.computeSecret(x.getPublicKey())));
