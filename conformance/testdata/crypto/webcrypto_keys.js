'use strict';
// crypto.subtle's key operations as jose 6 uses them (it has no other
// path: importKey was missing): importKey/exportKey (raw, jwk, spki,
// pkcs8), generateKey, sign/verify (HMAC, RSASSA-PKCS1-v1_5, RSA-PSS,
// ECDSA, Ed25519) and AES-GCM encrypt/decrypt. Deterministic outputs are
// compared as bytes (HMAC, RSA PKCS#1 v1.5, Ed25519, AES-GCM).
const fs = require('fs');
const path = require('path');
const { subtle } = globalThis.crypto;
const nodeCrypto = require('crypto');
const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
const der = (name, type) => (type === 'public' ? nodeCrypto.createPublicKey(pem(name)).export({ format: 'der', type: 'spki' })
  : nodeCrypto.createPrivateKey(pem(name)).export({ format: 'der', type: 'pkcs8' }));
const hex = (ab) => Buffer.from(ab).toString('hex');
const short = (ab) => nodeCrypto.createHash('sha256').update(Buffer.from(ab)).digest('hex').slice(0, 16);
const data = new TextEncoder().encode('web crypto data');

(async () => {
  console.log(typeof CryptoKey, Object.prototype.toString.call(subtle));
  const hk = await subtle.importKey('raw', new Uint8Array(32).fill(7), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log(hk, hk.algorithm, hk instanceof CryptoKey, String(hk));
  const mac = await subtle.sign('HMAC', hk, data);
  console.log('hmac', hex(mac), await subtle.verify('HMAC', hk, mac, data), await subtle.verify({ name: 'HMAC' }, hk, new Uint8Array(32), data));
  console.log(await subtle.exportKey('jwk', hk), hex(await subtle.exportKey('raw', hk)).slice(0, 8));

  const rsaPriv = await subtle.importKey('pkcs8', der('rsa_pkcs8.pem'), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  const rsaPub = await subtle.importKey('spki', der('rsa_spki.pem', 'public'), { name: 'RSASSA-PKCS1-v1_5', hash: { name: 'SHA-256' } }, true, ['verify']);
  console.log(rsaPriv.type, rsaPriv.extractable, rsaPriv.algorithm, rsaPub.usages);
  const rs = await subtle.sign('RSASSA-PKCS1-v1_5', rsaPriv, data);
  console.log('rs256', short(rs), await subtle.verify('RSASSA-PKCS1-v1_5', rsaPub, rs, data));
  const jwk = await subtle.exportKey('jwk', rsaPub);
  console.log(Object.keys(jwk).join(','), jwk.alg, short(await subtle.exportKey('spki', rsaPub)) === short(der('rsa_spki.pem', 'public')));
  const psPriv = await subtle.importKey('pkcs8', der('rsa_pkcs8.pem'), { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['sign']);
  const psPub = await subtle.importKey('jwk', jwk, { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['verify']);
  const ps = await subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, psPriv, data);
  console.log('ps256', ps.byteLength, await subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, psPub, ps, data));

  const ecPriv = await subtle.importKey('pkcs8', der('ec_pkcs8.pem'), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const ecRaw = await subtle.exportKey('raw', await subtle.importKey('spki', der('ec_spki.pem', 'public'), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  const ecPub = await subtle.importKey('raw', ecRaw, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const es = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ecPriv, data);
  console.log('es256', ecRaw.byteLength, es.byteLength, await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, es, data),
    Object.keys(await subtle.exportKey('jwk', ecPriv)).join(','));

  const edPriv = await subtle.importKey('pkcs8', der('ed25519_pkcs8.pem'), 'Ed25519', true, ['sign']);
  const edPub = await subtle.importKey('spki', der('ed25519_spki.pem', 'public'), { name: 'Ed25519' }, true, ['verify']);
  const ed = await subtle.sign('Ed25519', edPriv, data);
  console.log('ed25519', short(ed), await subtle.verify('Ed25519', edPub, ed, data), hex(await subtle.exportKey('raw', edPub)).length,
    await subtle.exportKey('jwk', edPub).then((j) => Object.keys(j).join(',')));

  const aes = await subtle.importKey('raw', new Uint8Array(32).fill(1), 'AES-GCM', true, ['encrypt', 'decrypt']);
  const iv = new Uint8Array(12).fill(2);
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new Uint8Array([1, 2]) }, aes, data);
  console.log('aes-gcm', hex(ct), new TextDecoder().decode(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: new Uint8Array([1, 2]) }, aes, ct)));
  console.log(await subtle.exportKey('jwk', aes));

  const gen = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, false, ['sign', 'verify']);
  console.log(gen.publicKey.usages, gen.privateKey.usages, gen.publicKey.extractable, gen.privateKey.extractable, gen.privateKey.algorithm);
  const genH = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
  console.log(genH.algorithm, (await subtle.exportKey('raw', genH)).byteLength);
  const genA = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  console.log(genA.algorithm, genA.usages);

  for (const f of [
    () => subtle.exportKey('raw', rsaPriv),
    () => subtle.sign('HMAC', rsaPub, data),
    () => subtle.importKey('raw', new Uint8Array(32), { name: 'FOO' }, true, ['sign']),
    () => subtle.decrypt({ name: 'AES-GCM', iv }, aes, new Uint8Array(20)),
  ]) {
    try { await f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
  }
})();
