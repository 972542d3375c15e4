'use strict';
// crypto.subtle's deriveBits/deriveKey (PBKDF2, HKDF, ECDH) and
// wrapKey/unwrapKey with AES-KW (RFC 3394's vector), as jose's ECDH-ES+A*KW
// JWE uses them.
const derive = (async () => {
  const s = crypto.subtle;
  const base = await s.importKey('raw', new TextEncoder().encode('pw'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  console.log(base.algorithm, base.usages, base.type);
  console.log(Buffer.from(await s.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(8), iterations: 1000, hash: 'SHA-256' }, base, 128)).toString('hex'));
  const hk = await s.importKey('raw', new Uint8Array(16).fill(1), 'HKDF', false, ['deriveBits']);
  console.log(Buffer.from(await s.deriveBits({ name: 'HKDF', salt: new Uint8Array(4), info: new Uint8Array(2), hash: 'SHA-256' }, hk, 256)).toString('hex'));
  const aes = await s.deriveKey({ name: 'PBKDF2', salt: new Uint8Array(8), iterations: 1000, hash: 'SHA-256' }, base, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  console.log(aes.algorithm, Buffer.from(await s.exportKey('raw', aes)).toString('hex').slice(0, 16));
  const mac = await s.deriveKey({ name: 'PBKDF2', salt: new Uint8Array(8), iterations: 10, hash: 'SHA-256' }, base, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  console.log(mac.algorithm, (await s.exportKey('raw', mac)).byteLength);
  const a = await s.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const b = await s.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const x = await s.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 256);
  const y = await s.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, 256);
  console.log(Buffer.from(x).equals(Buffer.from(y)), x.byteLength, a.privateKey.algorithm, a.publicKey.usages, a.privateKey.usages);
  const jwkPriv = await s.exportKey('jwk', a.privateKey);
  const again = await s.importKey('jwk', jwkPriv, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  console.log(Buffer.from(await s.deriveBits({ name: 'ECDH', public: b.publicKey }, again, 256)).equals(Buffer.from(x)));
  for (const f of [
    () => s.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(8), iterations: 0, hash: 'SHA-256' }, base, 128),
    () => s.deriveBits({ name: 'HKDF', salt: new Uint8Array(4), info: new Uint8Array(2), hash: 'SHA-256' }, hk, 7),
  ]) {
    try { await f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
  }
});
const wrap = (async () => {
  const s = crypto.subtle;
  const kek = await s.importKey('raw', Buffer.from('000102030405060708090A0B0C0D0E0F', 'hex'), 'AES-KW', true, ['wrapKey', 'unwrapKey']);
  console.log(kek.algorithm, kek.usages, await s.exportKey('jwk', kek).then((j) => j.alg));
  const inner = await s.importKey('raw', Buffer.from('00112233445566778899AABBCCDDEEFF', 'hex'), 'AES-GCM', true, ['encrypt']);
  const wrapped = await s.wrapKey('raw', inner, kek, 'AES-KW');
  console.log(Buffer.from(wrapped).toString('hex'));
  const back = await s.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-GCM', true, ['decrypt']);
  console.log(back.algorithm, back.usages, Buffer.from(await s.exportKey('raw', back)).toString('hex'));
  const bad = new Uint8Array(wrapped); bad[0] ^= 1;
  try { await s.unwrapKey('raw', bad, kek, 'AES-KW', 'AES-GCM', true, ['decrypt']); } catch (e) { console.log(e.name, e.message); }
  const gk = await s.generateKey({ name: 'AES-KW', length: 256 }, false, ['wrapKey']);
  console.log(gk.algorithm, gk.extractable);
});
derive().then(wrap);
