'use strict';
// Body of function(exports, require, module, binding): KeyObject,
// createSecretKey/createPublicKey/createPrivateKey, generateKeyPair(Sync),
// Sign/Verify and the one-shot sign/verify, over Go's crypto packages
// (RSA PKCS#1 v1.5 and PSS, ECDSA on P-224/256/384/521, Ed25519; keys in
// PEM, DER or JWK). Encrypted private keys and other key types are refused.

const { Buffer } = require('buffer');
const {
  makeNodeError, invalidArgType, invalidArgValue, validateString, validateFunction, validateInteger,
} = require('internal/errors');
const { Writable } = require('stream');

const constants = {
  OPENSSL_VERSION_NUMBER: 805306672, SSL_OP_ALL: 2147485776, SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144, SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768, SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648, SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4, SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288, SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824, SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0, SSL_OP_NO_SSLv3: 33554432, SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864, SSL_OP_NO_TLSv1_1: 268435456, SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912, SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608, ENGINE_METHOD_RSA: 1, ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4, ENGINE_METHOD_RAND: 8, ENGINE_METHOD_EC: 2048, ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128, ENGINE_METHOD_PKEY_METHS: 512, ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535, ENGINE_METHOD_NONE: 0, DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1, DH_UNABLE_TO_CHECK_GENERATOR: 4, DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6, RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA",
  TLS1_VERSION: 769, TLS1_1_VERSION: 770, TLS1_2_VERSION: 771, TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4, POINT_CONVERSION_HYBRID: 6,
  defaultCipherList: "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA",
};

const kHandle = Symbol('kHandle');
const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');
const kSize = Symbol('kSize');
const isView = (v) => ArrayBuffer.isView(v);
const keyInputTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function invalidDigest() {
  return makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
}

function invalidKeyType(actual, expected) {
  return makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
    `Invalid key object type ${actual}, expected ${expected}.`);
}

// --- KeyObject ------------------------------------------------------------

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw invalidArgValue('type', type);
    if (typeof handle !== 'object' || handle === null) throw invalidArgType('handle', 'object', handle);
    const [, asymmetricType, details] = binding.keyInfo(handle);
    Object.defineProperty(this, kHandle, { value: handle });
    this[kKeyType] = type;
    if (type === 'secret') Object.defineProperty(this, kSize, { value: details });
    else {
      this[kAsymmetricKeyType] = asymmetricType;
      this[kAsymmetricKeyDetails] = details;
    }
  }

  get type() { return this[kKeyType]; }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) throw invalidArgType('otherKeyObject', 'KeyObject', otherKeyObject);
    return otherKeyObject.type === this.type && binding.keysEqual(this[kHandle], otherKeyObject[kHandle]);
  }

  static from(key) {
    throw invalidArgType('key', 'CryptoKey', key);
  }
}

class SecretKeyObject extends KeyObject {
  constructor(handle) { super('secret', handle); }

  get symmetricKeySize() { return this[kSize]; }

  export(options) {
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object') throw invalidArgType('options', 'object', options);
      if (options.format === 'jwk') return binding.exportJWK(this[kHandle]);
      if (options.format !== undefined && options.format !== 'buffer') throw invalidArgValue('options.format', options.format);
    }
    return binding.secretBytes(this[kHandle]);
  }
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() { return this[kAsymmetricKeyType]; }

  get asymmetricKeyDetails() { return { ...this[kAsymmetricKeyDetails] }; }
}

function exportAsymmetric(key, options, kind) {
  if (options === undefined || options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
  const { format, type } = options;
  if (format === 'jwk') return binding.exportJWK(key[kHandle]);
  if (format !== 'pem' && format !== 'der') throw invalidArgValue('options.format', format);
  const types = kind === 'public' ? ['spki', 'pkcs1'] : ['pkcs8', 'pkcs1', 'sec1'];
  if (!types.includes(type)) throw invalidArgValue('options.type', type);
  if (kind === 'private' && options.cipher !== undefined) {
    throw makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'The feature encrypted private keys is unavailable on the current platform, which is being used to run Node.js');
  }
  return binding.exportKey(key[kHandle], format, type);
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) { super('public', handle); }

  export(options) { return exportAsymmetric(this, options, 'public'); }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) { super('private', handle); }

  export(options) { return exportAsymmetric(this, options, 'private'); }
}

// --- making keys -----------------------------------------------------------

function createSecretKey(key, encoding) {
  if (typeof key === 'string') key = Buffer.from(key, encoding);
  else if (key instanceof ArrayBuffer) key = new Uint8Array(key);
  else if (!isView(key)) throw invalidArgType('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  return new SecretKeyObject(binding.secretKey(key));
}

// keyInput reads what createPublicKey/createPrivateKey and the signers
// take: a PEM string or buffer, or { key, format, type, encoding }.
function parseKeyInput(key, private_, name) {
  let data = key;
  let format = 'pem';
  let type;
  let encoding;
  if (key instanceof KeyObject) return key;
  if (typeof key === 'object' && key !== null && !isView(key) && !(key instanceof ArrayBuffer)) {
    data = key.key;
    if (key.format !== undefined) format = key.format;
    type = key.type;
    encoding = key.encoding;
    if (key.passphrase !== undefined && key.passphrase !== null && format !== 'jwk') {
      throw makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
        'The feature encrypted private keys is unavailable on the current platform, which is being used to run Node.js');
    }
  }
  if (format === 'jwk') {
    if (typeof data !== 'object' || data === null) throw invalidArgType('key.key', 'object', data);
    return binding.parseJWK(data, private_);
  }
  if (data instanceof KeyObject) return data;
  if (typeof data === 'string') data = Buffer.from(data, encoding);
  else if (data instanceof ArrayBuffer) data = new Uint8Array(data);
  else if (!isView(data)) throw invalidArgType(name, [...keyInputTypes, 'KeyObject', 'CryptoKey'], key);
  if (format !== 'pem' && format !== 'der') throw invalidArgValue('options.format', format);
  return binding.parseKey(data, format, type === undefined ? '' : type, private_);
}

function createPublicKey(key) {
  const parsed = parseKeyInput(key, false, 'key');
  if (parsed instanceof KeyObject) {
    if (parsed.type === 'secret') throw invalidKeyType('secret', 'private');
    return new PublicKeyObject(parsed.type === 'public' ? parsed[kHandle] : binding.publicOf(parsed[kHandle]));
  }
  return new PublicKeyObject(parsed);
}

function createPrivateKey(key) {
  const parsed = parseKeyInput(key, true, 'key');
  if (parsed instanceof KeyObject) throw invalidArgType('key', keyInputTypes, key);
  return new PrivateKeyObject(parsed);
}

// --- generateKeyPair ---------------------------------------------------------

function keyPairArgs(type, options) {
  validateString(type, 'type');
  if (options !== undefined && (typeof options !== 'object' || options === null)) throw invalidArgType('options', 'object', options);
  const o = options || {};
  let modulusLength = 0;
  let publicExponent = 0x10001;
  let curve = '';
  switch (type) {
    case 'rsa':
      if (typeof o.modulusLength !== 'number') throw invalidArgType('options.modulusLength', 'number', o.modulusLength);
      modulusLength = o.modulusLength;
      if (o.publicExponent !== undefined) publicExponent = o.publicExponent;
      break;
    case 'ec':
      validateString(o.namedCurve, 'options.namedCurve');
      curve = o.namedCurve;
      break;
    case 'ed25519':
      break;
    default:
      throw invalidArgValue('type', type, "must be a supported key type");
  }
  return [type, modulusLength, publicExponent, curve];
}

// encodePair applies publicKeyEncoding / privateKeyEncoding, as node does.
function encodePair(options, pub, priv) {
  const o = options || {};
  const publicKey = new PublicKeyObject(pub);
  const privateKey = new PrivateKeyObject(priv);
  return {
    publicKey: o.publicKeyEncoding ? publicKey.export(o.publicKeyEncoding) : publicKey,
    privateKey: o.privateKeyEncoding ? privateKey.export(o.privateKeyEncoding) : privateKey,
  };
}

function generateKeyPairSync(type, options) {
  const args = keyPairArgs(type, options);
  const [pub, priv] = binding.generateKeyPair(...args, undefined);
  return encodePair(options, pub, priv);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const args = keyPairArgs(type, options);
  binding.generateKeyPair(...args, (err, pub, priv) => {
    if (err) return callback(err);
    let pair;
    try {
      pair = encodePair(options, pub, priv);
    } catch (e) {
      return callback(e);
    }
    callback(null, pair.publicKey, pair.privateKey);
  });
}

// --- generateKey: secret keys ----------------------------------------------------

function secretKeyLength(type, options) {
  validateString(type, 'type');
  if (typeof options !== 'object' || options === null) throw invalidArgType('options', 'object', options);
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      return length;
    case 'aes':
      if (![128, 192, 256].includes(length)) throw invalidArgValue('options.length', length, 'must be one of: 128, 192, 256');
      return length;
  }
  throw invalidArgValue('type', type, 'must be a supported key type');
}

function generateKeySync(type, options) {
  const bits = secretKeyLength(type, options);
  return createSecretKey(require('internal/crypto/random').randomBytes(bits >> 3));
}

function generateKey(type, options, callback) {
  const bits = secretKeyLength(type, options);
  validateFunction(callback, 'callback');
  require('internal/crypto/random').randomBytes(bits >> 3, (err, buf) => {
    if (err) return callback(err);
    callback(null, createSecretKey(buf));
  });
}

// --- Sign and Verify ---------------------------------------------------------

// signingKey is the key and options a signer takes: a KeyObject, key
// material, or { key, padding, saltLength, dsaEncoding, ... }.
function signingKey(key, private_) {
  let options = {};
  if (typeof key === 'object' && key !== null && !isView(key) && !(key instanceof KeyObject)) {
    options = key;
    if (key.key instanceof KeyObject) key = key.key;
  }
  let keyObject;
  if (key instanceof KeyObject) keyObject = key;
  else keyObject = private_ ? createPrivateKey(key) : createPublicKey(key);
  if (keyObject.type === 'secret') throw invalidKeyType('secret', private_ ? 'private' : 'public or private');
  if (private_ && keyObject.type !== 'private') throw invalidKeyType(keyObject.type, 'private');
  const handle = keyObject.type === 'private' && !private_ ? binding.publicOf(keyObject[kHandle]) : keyObject[kHandle];
  const padding = options.padding === undefined ? constants.RSA_PKCS1_PADDING : options.padding;
  const saltLength = options.saltLength === undefined ? constants.RSA_PSS_SALTLEN_AUTO : options.saltLength;
  const dsaEncoding = options.dsaEncoding === undefined ? 'der' : options.dsaEncoding;
  if (dsaEncoding !== 'der' && dsaEncoding !== 'ieee-p1363') throw invalidArgValue('options.dsaEncoding', dsaEncoding);
  return [handle, padding, saltLength, dsaEncoding === 'ieee-p1363'];
}

function checkDigest(algorithm) {
  if (binding.digestSize(algorithm, false) < 0) throw invalidDigest();
}

function collect(chunks) {
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

function toChunk(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding);
  if (isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  checkDigest(algorithm);
  this._algorithm = algorithm;
  this._chunks = [];
  Writable.call(this, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Sign.prototype.update = function update(data, encoding) {
  this._chunks.push(toChunk(data, encoding));
  return this;
};

Sign.prototype.sign = function sign(privateKey, outputEncoding) {
  if (privateKey === undefined || privateKey === null) throw makeNodeError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
  const [handle, padding, saltLength, p1363] = signingKey(privateKey, true);
  const sig = binding.sign(handle, this._algorithm, collect(this._chunks), padding, saltLength, p1363);
  this._chunks = [];
  return outputEncoding && outputEncoding !== 'buffer' ? sig.toString(outputEncoding) : sig;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  checkDigest(algorithm);
  this._algorithm = algorithm;
  this._chunks = [];
  Writable.call(this, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);

Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;

Verify.prototype.verify = function verify(object, signature, sigEncoding) {
  const [handle, padding, saltLength, p1363] = signingKey(object, false);
  const sig = typeof signature === 'string' ? Buffer.from(signature, sigEncoding) : signature;
  if (!isView(sig)) throw invalidArgType('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  return binding.verify(handle, this._algorithm, collect(this._chunks), sig, padding, saltLength, p1363);
};

function createSign(algorithm, options) { return new Sign(algorithm, options); }

function createVerify(algorithm, options) { return new Verify(algorithm, options); }

// One-shot sign/verify: algorithm null or undefined means the key's own
// (Ed25519) or SHA-256.
function oneShotDigest(algorithm) {
  if (algorithm === null || algorithm === undefined) return 'sha256';
  validateString(algorithm, 'algorithm');
  checkDigest(algorithm);
  return algorithm;
}

function oneShot(run, callback) {
  if (callback === undefined) return run();
  validateFunction(callback, 'callback');
  let result;
  try {
    result = run();
  } catch (err) {
    process.nextTick(callback, err);
    return;
  }
  process.nextTick(callback, null, result);
}

function sign(algorithm, data, key, callback) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, 'algorithm');
  const bytes = toChunk(data);
  if (key === undefined || key === null) throw makeNodeError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
  const [handle, padding, saltLength, p1363] = signingKey(key, true);
  const digest = oneShotDigest(algorithm);
  return oneShot(() => binding.sign(handle, digest, bytes, padding, saltLength, p1363), callback);
}

function verify(algorithm, data, key, signature, callback) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, 'algorithm');
  const bytes = toChunk(data);
  const [handle, padding, saltLength, p1363] = signingKey(key, false);
  const digest = oneShotDigest(algorithm);
  if (!isView(signature)) throw invalidArgType('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  return oneShot(() => binding.verify(handle, digest, bytes, signature, padding, saltLength, p1363), callback);
}

// keyBytes is a KeyObject's secret for createHmac, or null for other keys.
function secretOf(key) {
  if (!(key instanceof KeyObject)) return null;
  if (key.type !== 'secret') throw invalidKeyType(key.type, 'secret');
  return binding.secretBytes(key[kHandle]);
}

// --- ECDH ----------------------------------------------------------------------

const pointFormats = ['uncompressed', 'compressed', 'hybrid'];

function pointFormat(format) {
  if (format === undefined || format === null) return 'uncompressed';
  if (!pointFormats.includes(format)) throw makeNodeError(TypeError, 'ERR_CRYPTO_ECDH_INVALID_FORMAT', `Invalid ECDH format: ${format}`);
  return format;
}

function encodeOut(buf, encoding) {
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function ecdhInput(key, encoding, name) {
  if (typeof key === 'string') return Buffer.from(key, encoding);
  if (key instanceof ArrayBuffer) return Buffer.from(key);
  if (isView(key)) return Buffer.from(key.buffer, key.byteOffset, key.byteLength);
  throw invalidArgType(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
}

function invalidCurve() {
  return makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  const handle = binding.ecdhNew(curve);
  if (handle === null) throw invalidCurve();
  Object.defineProperty(this, kHandle, { value: handle });
}

ECDH.prototype.computeSecret = function computeSecret(key, inputEncoding, outputEncoding) {
  return encodeOut(binding.ecdhCompute(this[kHandle], ecdhInput(key, inputEncoding, 'key')), outputEncoding);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  if (!binding.ecdhSetPrivate(this[kHandle], ecdhInput(key, encoding, 'key'))) {
    throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.');
  }
  return this;
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  return encodeOut(binding.ecdhPrivate(this[kHandle]), encoding);
};

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  binding.ecdhGenerate(this[kHandle]);
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  return encodeOut(binding.ecdhPublic(this[kHandle], pointFormat(format)), encoding);
};

ECDH.convertKey = function convertKey(key, curve, inputEncoding, outputEncoding, format) {
  validateString(curve, 'curve');
  if (binding.ecdhNew(curve) === null) throw invalidCurve();
  return encodeOut(binding.ecdhConvert(curve, ecdhInput(key, inputEncoding, 'key'), pointFormat(format)), outputEncoding);
};

function createECDH(curve) { return new ECDH(curve); }

function getCurves() { return binding.getCurves(); }

// aesGCM seals or opens with a secret KeyObject (Web Crypto's AES-GCM).
function aesGCM(seal, key, iv, data, aad, tagLength) {
  return binding.aesGCM(seal, key[kHandle], iv, data, aad, tagLength);
}

// aesKW wraps or unwraps with a secret KeyObject (Web Crypto's AES-KW).
function aesKW(wrap, key, data) {
  return binding.aesKW(wrap, key[kHandle], data);
}

module.exports = {
  aesGCM,
  aesKW,
  constants,
  createECDH,
  getCurves,
  ECDH,
  generateKey,
  generateKeySync,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  generateKeyPair,
  generateKeyPairSync,
  sign,
  verify,
  KeyObject,
  Sign,
  Verify,
  secretOf,
};
