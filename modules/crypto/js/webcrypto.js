'use strict';
// Body of function(exports, require, module, binding): CryptoKey and the
// SubtleCrypto key operations (importKey, exportKey, generateKey, sign,
// verify, encrypt, decrypt) for HMAC, RSASSA-PKCS1-v1_5, RSA-PSS, ECDSA
// (P-256/384/521), Ed25519 and AES-GCM, over the KeyObjects of
// internal/crypto/keys, as node's webcrypto builds them on its KeyObjects;
// deriveBits/deriveKey for PBKDF2, HKDF and ECDH.
// Other algorithms reject with NotSupportedError.

const { Buffer } = require('buffer');
const keys = require('internal/crypto/keys');
const { makeNodeError } = require('internal/errors');

const kKeyObject = Symbol('kKeyObject');
const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kUsages = Symbol('kUsages');
const kConstruct = Symbol('kConstruct');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function notSupported() {
  return new DOMException('Unrecognized algorithm name', 'NotSupportedError');
}

class CryptoKey {
  constructor(token, keyObject, algorithm, extractable, usages) {
    if (token !== kConstruct) throw makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    this[kKeyObject] = keyObject;
    this[kAlgorithm] = algorithm;
    this[kExtractable] = extractable;
    this[kUsages] = usages;
  }

  get type() { return this[kKeyObject].type; }

  get extractable() { return this[kExtractable]; }

  get algorithm() { return this[kAlgorithm]; }

  get usages() { return [...this[kUsages]]; }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${inspect({ type: this.type, extractable: this.extractable, algorithm: this.algorithm, usages: this.usages }, opts)}`;
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

// --- algorithms --------------------------------------------------------------

const names = ['HMAC', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'ECDSA', 'Ed25519', 'AES-GCM', 'AES-KW', 'PBKDF2', 'HKDF', 'ECDH'];
const hashes = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const blockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const curves = ['P-256', 'P-384', 'P-521'];

function normalize(algorithm) {
  const a = typeof algorithm === 'string' ? { name: algorithm } : { ...algorithm };
  const name = names.find((n) => n.toLowerCase() === String(a.name).toLowerCase());
  if (name === undefined) throw notSupported();
  a.name = name;
  if (a.hash !== undefined) a.hash = normalizeHash(a.hash);
  return a;
}

function normalizeHash(hash) {
  const name = typeof hash === 'string' ? hash : hash && hash.name;
  const found = Object.keys(hashes).find((n) => n.toLowerCase() === String(name).toLowerCase());
  if (found === undefined) throw notSupported();
  return { name: found };
}

function bytes(data) {
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "data" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
}

function arrayBuffer(buf) {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

const b64url = (buf) => Buffer.from(buf).toString('base64url');

function dataError(message) {
  return new DOMException(message, 'DataError');
}

// keyAlgorithm is the CryptoKey.algorithm a KeyObject has under a name.
function keyAlgorithm(a, keyObject) {
  switch (a.name) {
    case 'HMAC':
      return { name: 'HMAC', hash: a.hash, length: keyObject.symmetricKeySize * 8 };
    case 'AES-GCM':
    case 'AES-KW':
      return { name: a.name, length: keyObject.symmetricKeySize * 8 };
    case 'RSASSA-PKCS1-v1_5':
    case 'RSA-PSS': {
      const d = keyObject.asymmetricKeyDetails;
      const e = BigInt(d.publicExponent).toString(16);
      const exp = Buffer.from(e.length % 2 ? '0' + e : e, 'hex');
      return { name: a.name, modulusLength: d.modulusLength, publicExponent: new Uint8Array(exp), hash: a.hash };
    }
    case 'ECDSA':
    case 'ECDH':
      return { name: a.name, namedCurve: a.namedCurve };
    default:
      return { name: a.name };
  }
}

// keyKind checks that the KeyObject fits the algorithm.
function checkKeyType(a, keyObject) {
  const want = { 'RSASSA-PKCS1-v1_5': 'rsa', 'RSA-PSS': 'rsa', ECDSA: 'ec', ECDH: 'ec', Ed25519: 'ed25519' }[a.name];
  if (want !== undefined && keyObject.asymmetricKeyType !== want) throw dataError('Invalid key type');
  if (a.name === 'ECDSA' || a.name === 'ECDH') {
    const curve = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[keyObject.asymmetricKeyDetails.namedCurve];
    if (curve !== a.namedCurve) throw dataError('Named curve mismatch');
  }
}

function makeKey(a, keyObject, extractable, usages) {
  checkKeyType(a, keyObject);
  return new CryptoKey(kConstruct, keyObject, keyAlgorithm(a, keyObject), extractable, usages);
}

// --- importKey / exportKey ----------------------------------------------------

function importKey(format, keyData, algorithm, extractable, usages) {
  const a = normalize(algorithm);
  const symmetric = ['HMAC', 'AES-GCM', 'AES-KW', 'PBKDF2', 'HKDF'].includes(a.name);
  let keyObject;
  if (format === 'jwk') {
    if (symmetric) {
      if (keyData.kty !== 'oct') throw dataError('Invalid JWK "kty" Parameter');
      keyObject = keys.createSecretKey(Buffer.from(keyData.k, 'base64url'));
    } else if (keyData.d !== undefined) {
      keyObject = keys.createPrivateKey({ key: keyData, format: 'jwk' });
    } else {
      keyObject = keys.createPublicKey({ key: keyData, format: 'jwk' });
    }
  } else if (format === 'raw') {
    const raw = bytes(keyData);
    if (symmetric) keyObject = keys.createSecretKey(raw);
    else if (a.name === 'Ed25519') keyObject = keys.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64url(raw) }, format: 'jwk' });
    else if (a.name === 'ECDSA' || a.name === 'ECDH') {
      const size = (raw.length - 1) / 2;
      if (raw[0] !== 4 || !Number.isInteger(size)) throw dataError('Invalid keyData');
      keyObject = keys.createPublicKey({
        key: { kty: 'EC', crv: a.namedCurve, x: b64url(raw.subarray(1, 1 + size)), y: b64url(raw.subarray(1 + size)) }, format: 'jwk',
      });
    } else throw notSupported();
  } else if (format === 'spki') {
    keyObject = keys.createPublicKey({ key: bytes(keyData), format: 'der', type: 'spki' });
  } else if (format === 'pkcs8') {
    keyObject = keys.createPrivateKey({ key: bytes(keyData), format: 'der', type: 'pkcs8' });
  } else {
    throw notSupported();
  }
  if (a.name === 'HMAC' && a.length === undefined) a.length = keyObject.symmetricKeySize * 8;
  return makeKey(a, keyObject, extractable, [...usages]);
}

const jwkAlgs = {
  HMAC: (k) => `HS${k.algorithm.hash.name.slice(4)}`,
  'RSASSA-PKCS1-v1_5': (k) => `RS${k.algorithm.hash.name.slice(4)}`,
  'RSA-PSS': (k) => `PS${k.algorithm.hash.name.slice(4)}`,
  'AES-GCM': (k) => `A${k.algorithm.length}GCM`,
  'AES-KW': (k) => `A${k.algorithm.length}KW`,
  Ed25519: () => 'Ed25519',
};

function exportKey(format, key) {
  if (!(key instanceof CryptoKey)) throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "key" argument must be an instance of CryptoKey.');
  if (!key.extractable) throw new DOMException('key is not extractable', 'InvalidAccessException');
  const keyObject = key[kKeyObject];
  if (format === 'jwk') {
    const jwk = { key_ops: key.usages, ext: key.extractable, ...keyObject.export({ format: 'jwk' }) };
    if (jwkAlgs[key.algorithm.name]) jwk.alg = jwkAlgs[key.algorithm.name](key);
    return jwk;
  }
  if (format === 'raw') {
    if (keyObject.type === 'secret') return arrayBuffer(keyObject.export());
    if (keyObject.type === 'public') {
      const jwk = keyObject.export({ format: 'jwk' });
      if (jwk.kty === 'OKP') return arrayBuffer(Buffer.from(jwk.x, 'base64url'));
      if (jwk.kty === 'EC') return arrayBuffer(Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]));
    }
    throw new DOMException('Unable to export a raw key', 'InvalidAccessError');
  }
  if (format === 'spki' && keyObject.type === 'public') return arrayBuffer(keyObject.export({ format: 'der', type: 'spki' }));
  if (format === 'pkcs8' && keyObject.type === 'private') return arrayBuffer(keyObject.export({ format: 'der', type: 'pkcs8' }));
  throw new DOMException(`Unable to export a ${format} ${keyObject.type} key`, 'InvalidAccessError');
}

// --- generateKey ---------------------------------------------------------------

function generateKey(algorithm, extractable, usages) {
  const a = normalize(algorithm);
  switch (a.name) {
    case 'HMAC': {
      const length = a.length === undefined ? blockBits[a.hash.name] : a.length;
      const secret = keys.createSecretKey(require('internal/crypto/random').randomBytes(length >> 3));
      // A generated key's algorithm lists its length before its hash.
      return new CryptoKey(kConstruct, secret, { name: 'HMAC', length, hash: a.hash }, extractable, [...usages]);
    }
    case 'AES-GCM':
    case 'AES-KW': {
      if (![128, 192, 256].includes(a.length)) throw new DOMException('AES key length must be 128, 192, or 256 bits', 'OperationError');
      return makeKey(a, keys.createSecretKey(require('internal/crypto/random').randomBytes(a.length >> 3)), extractable, [...usages]);
    }
  }
  let pair;
  if (a.name === 'ECDSA' || a.name === 'ECDH') {
    if (!curves.includes(a.namedCurve)) throw notSupported();
    pair = keys.generateKeyPairSync('ec', { namedCurve: a.namedCurve });
  } else if (a.name === 'Ed25519') {
    pair = keys.generateKeyPairSync('ed25519');
  } else {
    const e = a.publicExponent === undefined ? 65537 : parseInt(Buffer.from(a.publicExponent).toString('hex') || '0', 16);
    pair = keys.generateKeyPairSync('rsa', { modulusLength: a.modulusLength, publicExponent: e });
  }
  const list = [...usages];
  const privateUses = a.name === 'ECDH' ? ['deriveBits', 'deriveKey'] : ['sign'];
  return {
    publicKey: makeKey(a, pair.publicKey, true, list.filter((u) => u === 'verify')),
    privateKey: makeKey(a, pair.privateKey, extractable, list.filter((u) => privateUses.includes(u))),
  };
}

// --- sign / verify / encrypt / decrypt --------------------------------------------

function usable(key, a, usage, alsoUsage) {
  if (!(key instanceof CryptoKey)) throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "key" argument must be an instance of CryptoKey.');
  if (key.algorithm.name !== a.name || !(key[kUsages].includes(usage) || (alsoUsage && key[kUsages].includes(alsoUsage)))) {
    throw new DOMException(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
}

function signOptions(a, key) {
  const keyObject = key[kKeyObject];
  switch (a.name) {
    case 'RSASSA-PKCS1-v1_5':
      return [hashes[key.algorithm.hash.name], keyObject];
    case 'RSA-PSS':
      return [hashes[key.algorithm.hash.name], { key: keyObject, padding: keys.constants.RSA_PKCS1_PSS_PADDING, saltLength: a.saltLength }];
    case 'ECDSA':
      return [hashes[a.hash.name], { key: keyObject, dsaEncoding: 'ieee-p1363' }];
    default:
      return [null, keyObject];
  }
}

function hmac(key, data) {
  return require('crypto').createHmac(hashes[key.algorithm.hash.name], key[kKeyObject]).update(data).digest();
}

function sign(algorithm, key, data) {
  const a = normalize(algorithm);
  usable(key, a, 'sign');
  if (a.name === 'HMAC') return arrayBuffer(hmac(key, bytes(data)));
  const [digest, k] = signOptions(a, key);
  return arrayBuffer(keys.sign(digest, bytes(data), k));
}

function verify(algorithm, key, signature, data) {
  const a = normalize(algorithm);
  usable(key, a, 'verify');
  const sig = bytes(signature);
  if (a.name === 'HMAC') {
    const mac = hmac(key, bytes(data));
    return mac.length === sig.length && require('crypto').timingSafeEqual(mac, sig);
  }
  const [digest, k] = signOptions(a, key);
  return keys.verify(digest, bytes(data), k, sig);
}

function gcmArgs(algorithm, key, usage) {
  const a = normalize(algorithm);
  if (a.name !== 'AES-GCM') throw notSupported();
  usable(key, a, usage);
  const tagLength = a.tagLength === undefined ? 128 : a.tagLength;
  if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
    throw new DOMException(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
  }
  return [key[kKeyObject], bytes(a.iv), a.additionalData === undefined ? undefined : bytes(a.additionalData), tagLength / 8];
}

function encrypt(algorithm, key, data) {
  const [keyObject, iv, aad, tagLength] = gcmArgs(algorithm, key, 'encrypt');
  return arrayBuffer(keys.aesGCM(true, keyObject, iv, bytes(data), aad, tagLength));
}

function decrypt(algorithm, key, data) {
  const [keyObject, iv, aad, tagLength] = gcmArgs(algorithm, key, 'decrypt');
  const out = keys.aesGCM(false, keyObject, iv, bytes(data), aad, tagLength);
  if (out === null) throw new DOMException('The operation failed for an operation-specific reason', 'OperationError');
  return arrayBuffer(out);
}

// --- deriveBits / deriveKey --------------------------------------------------

function operationError(message) {
  return new DOMException(message, 'OperationError');
}

function deriveBits(algorithm, baseKey, length) {
  const a = normalize(algorithm);
  usable(baseKey, a, 'deriveBits', 'deriveKey');
  return arrayBuffer(derive(a, baseKey, length));
}

function derive(a, baseKey, length) {
  const nodeCrypto = require('crypto');
  const secret = baseKey[kKeyObject];
  switch (a.name) {
    case 'PBKDF2': {
      if (length === null || length % 8 !== 0) throw operationError('length must be a multiple of 8');
      if (a.iterations === 0) throw operationError('iterations cannot be zero');
      return nodeCrypto.pbkdf2Sync(secret.export(), bytes(a.salt), a.iterations, length / 8, hashes[a.hash.name]);
    }
    case 'HKDF': {
      if (length === null || length % 8 !== 0) throw operationError('length must be a multiple of 8');
      return Buffer.from(nodeCrypto.hkdfSync(hashes[a.hash.name], secret.export(), bytes(a.salt), bytes(a.info), length / 8));
    }
    case 'ECDH': {
      const peer = a.public;
      if (!(peer instanceof CryptoKey) || peer.type !== 'public' || peer.algorithm.name !== 'ECDH') {
        throw new DOMException('algorithm.public must be an ECDH public key', 'InvalidAccessError');
      }
      if (peer.algorithm.namedCurve !== baseKey.algorithm.namedCurve) throw new DOMException('Named curve mismatch', 'InvalidAccessError');
      const curve = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' }[baseKey.algorithm.namedCurve];
      const ecdh = keys.createECDH(curve);
      ecdh.setPrivateKey(Buffer.from(secret.export({ format: 'jwk' }).d, 'base64url'));
      const jwk = peer[kKeyObject].export({ format: 'jwk' });
      const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
      const shared = ecdh.computeSecret(point);
      if (length === null || length === undefined) return shared;
      if (length > shared.length * 8) throw operationError('derived bit length is too small');
      const out = Buffer.from(shared.subarray(0, Math.ceil(length / 8)));
      if (length % 8 !== 0) out[out.length - 1] &= 0xff << (8 - (length % 8));
      return out;
    }
  }
  throw notSupported();
}

function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, usages) {
  const a = normalize(algorithm);
  usable(baseKey, a, 'deriveKey');
  const d = normalize(derivedKeyAlgorithm);
  let length = d.length;
  if (d.name === 'HMAC' && length === undefined) length = blockBits[d.hash.name];
  const bits = derive(a, baseKey, length);
  return importKey('raw', bits, d, extractable, usages);
}

// --- wrapKey / unwrapKey: an export sealed with AES-KW or AES-GCM ------------

function wrapKey(format, key, wrappingKey, wrapAlgorithm) {
  const a = normalize(wrapAlgorithm);
  usable(wrappingKey, a, 'wrapKey');
  const exported = exportKey(format, key);
  const data = format === 'jwk' ? Buffer.from(JSON.stringify(exported)) : Buffer.from(exported);
  if (a.name === 'AES-KW') {
    const out = keys.aesKW(true, wrappingKey[kKeyObject], data);
    if (out === null) throw operationError('The operation failed for an operation-specific reason');
    return arrayBuffer(out);
  }
  if (a.name === 'AES-GCM') {
    const [keyObject, iv, aad, tagLength] = gcmArgs(a, wrappingKey, 'wrapKey');
    return arrayBuffer(keys.aesGCM(true, keyObject, iv, data, aad, tagLength));
  }
  throw notSupported();
}

function unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, usages) {
  const a = normalize(unwrapAlgorithm);
  usable(unwrappingKey, a, 'unwrapKey');
  let data;
  if (a.name === 'AES-KW') data = keys.aesKW(false, unwrappingKey[kKeyObject], bytes(wrappedKey));
  else if (a.name === 'AES-GCM') {
    const [keyObject, iv, aad, tagLength] = gcmArgs(a, unwrappingKey, 'unwrapKey');
    data = keys.aesGCM(false, keyObject, iv, bytes(wrappedKey), aad, tagLength);
  } else throw notSupported();
  if (data === null) throw operationError('The operation failed for an operation-specific reason');
  const keyData = format === 'jwk' ? JSON.parse(data.toString()) : data;
  return importKey(format, keyData, unwrappedKeyAlgorithm, extractable, usages);
}

module.exports = {
  CryptoKey, importKey, exportKey, generateKey, sign, verify, encrypt, decrypt, deriveBits, deriveKey, wrapKey, unwrapKey,
};
