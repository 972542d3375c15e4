'use strict';
// createCipheriv/createDecipheriv (AES CBC, ECB, CTR, CFB, OFB, GCM with AAD,
// short tags and other IV lengths; 3DES-CBC), padding on and off, streams,
// KeyObject keys, getCiphers/getCipherInfo, and OpenSSL's errors.
const c = require('crypto');
const k = Buffer.alloc(32, 1), iv = Buffer.alloc(16, 2);
for (const f of [() => c.createCipheriv('nope', k, iv), () => c.createCipheriv('aes-256-cbc', Buffer.alloc(5), iv), () => c.createCipheriv('aes-256-cbc', k, Buffer.alloc(3)),
  () => { const d = c.createDecipheriv('aes-256-cbc', k, iv); d.update(Buffer.alloc(16)); d.final(); },
  () => { const d = c.createDecipheriv('aes-256-gcm', k, iv.subarray(0, 12)); d.setAuthTag(Buffer.alloc(16)); d.update(Buffer.alloc(5)); d.final(); },
  () => { const e = c.createCipheriv('aes-256-cbc', k, iv); e.setAutoPadding(false); e.update('abc'); e.final(); },
  () => c.createCipheriv('aes-256-ecb', k, null).final('hex'),
  () => c.createCipheriv('aes-256-gcm', k, Buffer.alloc(12)).getAuthTag(),
  () => c.createCipheriv('aes-256-cbc', k, null),
  () => { const x = c.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); x.final(); x.update('a'); },
  () => { const x = c.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); x.final(); x.final(); },
  () => typeof c.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)).getAuthTag,
  () => c.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)).setAuthTag(Buffer.alloc(2)),
]) try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, e.library, e.reason); }
const msg = 'The quick brown fox jumps over the lazy dog. ünïcödé ✓';
for (const name of ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-ecb', 'aes-256-ctr', 'aes-128-cfb', 'aes-256-ofb', 'aes-256-gcm', 'aes-128-gcm', 'des-ede3-cbc', 'aes256', 'id-aes256-GCM']) {
  const info = c.getCipherInfo(name);
  const key = Buffer.alloc(info.keyLength, 7);
  const ivv = info.ivLength ? Buffer.alloc(info.ivLength, 9) : null;
  const e = c.createCipheriv(name, key, ivv);
  if (info.mode === 'gcm') e.setAAD(Buffer.from('aad'));
  const ct = e.update(msg, 'utf8', 'hex') + e.final('hex');
  const tag = info.mode === 'gcm' ? e.getAuthTag().toString('hex') : '';
  const d = c.createDecipheriv(name, key, ivv);
  if (info.mode === 'gcm') { d.setAAD(Buffer.from('aad')); d.setAuthTag(Buffer.from(tag, 'hex')); }
  const pt = d.update(ct, 'hex', 'utf8') + d.final('utf8');
  console.log(name, ct.slice(0, 40), ct.length, tag, pt === msg);
}
// odd IV length GCM, short tags, streaming, padding off, piecewise updates
const g = c.createCipheriv('aes-128-gcm', Buffer.alloc(16, 3), Buffer.alloc(16, 4), { authTagLength: 8 });
const gct = Buffer.concat([g.update('odd iv'), g.final()]); const gtag = g.getAuthTag();
console.log('gcm16iv', gct.toString('hex'), gtag.toString('hex'));
const gd = c.createDecipheriv('aes-128-gcm', Buffer.alloc(16, 3), Buffer.alloc(16, 4), { authTagLength: 8 }); gd.setAuthTag(gtag);
console.log(Buffer.concat([gd.update(gct), gd.final()]).toString());
const p = c.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); p.setAutoPadding(false);
console.log('nopad', Buffer.concat([p.update(Buffer.alloc(10)), p.update(Buffer.alloc(22)), p.final()]).toString('hex'));
const parts = []; const s = c.createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16));
s.on('data', (d) => parts.push(d)); s.on('end', () => console.log('stream', Buffer.concat(parts).toString('hex')));
s.write('abc'); s.write('defghijklmnopqrstuvwxyz'); s.end();
console.log(c.getCiphers().includes('aes-256-gcm'), c.getCipherInfo('aes-128-ecb'), c.getCipherInfo(419).name, c.getCipherInfo('nope'));
const sk = c.createSecretKey(Buffer.alloc(16, 5)); console.log('keyobj', c.createCipheriv('aes-128-cbc', sk, Buffer.alloc(16)).final('hex'));
