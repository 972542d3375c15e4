'use strict';
// KeyObject, createSecretKey/createPublicKey/createPrivateKey, Sign and
// Verify, sign/verify and generateKeyPair(Sync), as jsonwebtoken uses them
// (it checks `instanceof KeyObject` first: KeyObject was undefined). The
// keys are fixtures made by node; RSA PKCS#1 v1.5 and Ed25519 signatures
// are deterministic, so their bytes are compared; ECDSA and PSS ones are
// random, so only verified.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
const short = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);

const secret = crypto.createSecretKey(Buffer.from('top secret'));
console.log(secret.type, secret.symmetricKeySize, secret.asymmetricKeyType, secret instanceof crypto.KeyObject,
  secret.export().toString(), JSON.stringify(secret.export({ format: 'jwk' })));
console.log(crypto.createHmac('sha256', secret).update('x').digest('hex') === crypto.createHmac('sha256', 'top secret').update('x').digest('hex'));
console.log(crypto.createSecretKey('abc', 'utf8').equals(crypto.createSecretKey(Buffer.from('abc'))), secret.equals(crypto.createSecretKey(Buffer.from('other'))));

for (const [name, file, pub] of [['rsa', 'rsa_pkcs8.pem', 'rsa_spki.pem'], ['rsa pkcs1', 'rsa_pkcs1.pem', 'rsa_spki.pem'],
  ['ec', 'ec_sec1.pem', 'ec_spki.pem'], ['ec pkcs8', 'ec_pkcs8.pem', 'ec_spki.pem'], ['ed25519', 'ed25519_pkcs8.pem', 'ed25519_spki.pem']]) {
  const priv = crypto.createPrivateKey(pem(file));
  const pubKey = crypto.createPublicKey(pem(pub));
  const derived = crypto.createPublicKey(priv);
  console.log(name, priv.type, priv.asymmetricKeyType, priv.asymmetricKeyDetails, pubKey.type, derived.equals(pubKey), priv.equals(pubKey));
  console.log('  spki same', pubKey.export({ type: 'spki', format: 'pem' }) === pem(pub),
    'der', short(pubKey.export({ type: 'spki', format: 'der' })), 'jwk', Object.keys(priv.export({ format: 'jwk' })).join(','));
  const jwkPriv = crypto.createPrivateKey({ key: priv.export({ format: 'jwk' }), format: 'jwk' });
  const jwkPub = crypto.createPublicKey({ key: pubKey.export({ format: 'jwk' }), format: 'jwk' });
  console.log('  jwk round trip', jwkPriv.equals(priv), jwkPub.equals(pubKey), JSON.stringify(jwkPub.export({ format: 'jwk' })) === JSON.stringify(pubKey.export({ format: 'jwk' })));
  const data = Buffer.from('message to sign');
  if (name.startsWith('rsa')) {
    const s = crypto.createSign('RSA-SHA256').update('message ').update('to sign').sign(priv, 'base64');
    console.log('  pkcs1', short(s), crypto.createVerify('RSA-SHA256').update(data).verify(pubKey, s, 'base64'),
      crypto.verify('sha256', data, pem(pub), Buffer.from(s, 'base64')), crypto.sign('sha512', data, priv).length);
    const pss = crypto.sign('sha256', data, { key: priv, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
    console.log('  pss', crypto.verify('sha256', data, { key: pubKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, pss),
      crypto.verify('sha256', data, pubKey, pss));
    console.log('  pkcs1 export same', priv.export({ type: 'pkcs1', format: 'pem' }) === pem('rsa_pkcs1.pem'), priv.export({ type: 'pkcs8', format: 'pem' }) === pem('rsa_pkcs8.pem'));
  } else if (name.startsWith('ec')) {
    const der = crypto.sign('sha256', data, priv);
    const p1363 = crypto.sign('sha256', data, { key: priv, dsaEncoding: 'ieee-p1363' });
    console.log('  ecdsa', der[0], p1363.length, crypto.verify('sha256', data, pubKey, der),
      crypto.verify('sha256', data, { key: pubKey, dsaEncoding: 'ieee-p1363' }, p1363), crypto.verify('sha256', Buffer.from('other'), pubKey, der));
    console.log('  sec1 export same', priv.export({ type: 'sec1', format: 'pem' }) === pem('ec_sec1.pem'));
  } else {
    const s = crypto.sign(null, data, priv);
    console.log('  ed25519', short(s), crypto.verify(null, data, pubKey, s), crypto.verify(undefined, data, priv, s));
  }
}

for (const f of [
  () => crypto.createPrivateKey('nonsense'),
  () => crypto.createSign('nope'),
  () => new crypto.KeyObject('x'),
  () => crypto.createSign('sha256').update('x').sign(secret),
  () => crypto.createSign('sha256').update('x').sign(crypto.createPublicKey(pem('rsa_spki.pem'))),
  () => crypto.createHmac('sha256', crypto.createPublicKey(pem('rsa_spki.pem'))),
  () => crypto.createSecretKey(5),
]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message.split('\n')[0]); }
}

const pair = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1', publicKeyEncoding: { type: 'spki', format: 'pem' } });
console.log(typeof pair.publicKey, pair.publicKey.split('\n')[0], pair.privateKey.asymmetricKeyDetails);
const ed = crypto.generateKeyPairSync('ed25519');
console.log(ed.publicKey.asymmetricKeyType, ed.privateKey.type, ed.publicKey.export({ format: 'der', type: 'spki' }).length);
crypto.generateKeyPair('rsa', { modulusLength: 1024 }, (err, pub, priv) => {
  console.log('async', err, pub.type, priv.asymmetricKeyDetails.modulusLength, typeof priv.asymmetricKeyDetails.publicExponent,
    crypto.verify('sha256', Buffer.from('a'), pub, crypto.sign('sha256', Buffer.from('a'), priv)));
});
