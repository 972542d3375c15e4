'use strict';
// crypto.generateKey/generateKeySync for HMAC and AES secret KeyObjects.
const c = require('crypto');
const h = c.generateKeySync('hmac', { length: 123 }); console.log(h.type, h.symmetricKeySize);
const a = c.generateKeySync('aes', { length: 256 }); console.log(a.symmetricKeySize, a instanceof c.KeyObject);
for (const f of [() => c.generateKeySync('aes', { length: 100 }), () => c.generateKeySync('hmac', { length: 7 }), () => c.generateKeySync('nope', { length: 8 }), () => c.generateKeySync('hmac'), () => c.generateKeySync('hmac', { length: 2 ** 31 })])
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
c.generateKey('hmac', { length: 64 }, (e, k) => console.log('async', e, k.symmetricKeySize));
