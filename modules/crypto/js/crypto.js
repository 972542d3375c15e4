'use strict';
// Body of function(exports, require, module, binding): the digests and the
// random bytes come from Go's standard library (binding); the classes,
// argument checks and errors follow Node's crypto module.

const { Buffer } = require('buffer');
const {
  makeNodeError, invalidArgType, invalidArgValue, outOfRange,
  validateFunction, validateString, validateInteger,
} = require('internal/errors');
const { Transform } = require('stream');

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');
const kMaxLength = 2 ** 31 - 1;
const kMaxUint32 = 2 ** 32 - 1;

const bufferTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];
const keyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];
const isView = (v) => ArrayBuffer.isView(v);
const isArrayBuffer = (v) => v instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);

function digestNotSupported(message = 'Digest method not supported') {
  return new Error(message);
}

function invalidDigest(name) {
  return makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${name}`);
}

function hashFinalized() {
  return makeNodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

// An OpenSSL failure as Node reports it: the queued error's text, with
// the library and reason it names.
function opensslError(code, hexcode, library, reason) {
  const err = new Error(`error:${hexcode}:${library}::${reason}`);
  err.library = library;
  err.reason = reason;
  err.code = code;
  return err;
}

// The bytes of any view, as a Uint8Array over the same memory.
function byteView(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// A string, ArrayBuffer or view as bytes hashing can take.
function toBytes(value, encoding) {
  if (isArrayBuffer(value)) return new Uint8Array(value);
  if (isView(value)) return byteView(value);
  return Buffer.from(value, encoding);
}

// --- LazyTransform: a Hash is a stream only once used as one -------------

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

for (const prop of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, prop, {
    get() {
      Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[prop];
    },
    set(value) {
      Object.defineProperty(this, prop, { value, enumerable: true, configurable: true, writable: true });
    },
    configurable: true,
    enumerable: true,
  });
}

// --- Hash -----------------------------------------------------------------

function validateUint32(value, name) {
  validateInteger(value, name, 0, kMaxUint32);
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  const copyOf = algorithm instanceof Hash ? algorithm : null;
  if (copyOf === null) validateString(algorithm, 'algorithm');
  const outputLength = options != null ? options.outputLength : undefined;
  if (outputLength !== undefined) validateUint32(outputLength, 'options.outputLength');
  const name = copyOf ? copyOf._algorithm : algorithm;
  const size = binding.digestSize(name, true);
  if (size === -1) throw digestNotSupported();
  let length = size;
  if (outputLength !== undefined) {
    if (!binding.isXOF(name) && outputLength !== size) {
      throw opensslError('ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH', '030000B2',
        'digital envelope routines', 'not XOF or invalid length');
    }
    length = outputLength;
  }
  Object.defineProperty(this, '_algorithm', { value: name, writable: true, configurable: true });
  this[kHandle] = copyOf ? binding.copyHash(copyOf[kHandle], length) : binding.newHash(name, length);
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw hashFinalized();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  binding.update(this[kHandle], typeof chunk === 'string' ? chunk : toBytes(chunk), encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(binding.digest(this[kHandle], 'buffer'));
  callback();
};

function checkUpdate(data, encoding) {
  if (typeof data === 'string') {
    if (typeof encoding === 'string' && encoding.toLowerCase() === 'hex' && data.length % 2 !== 0) {
      throw invalidArgValue('encoding', encoding, `is invalid for data of length ${data.length}`);
    }
  } else if (!isView(data)) {
    throw invalidArgType('data', bufferTypes, data);
  }
}

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw hashFinalized();
  checkUpdate(data, encoding);
  if (typeof data !== 'string') data = byteView(data);
  binding.update(this[kHandle], data, encoding === undefined ? 'utf8' : String(encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw hashFinalized();
  const out = binding.digest(this[kHandle], `${outputEncoding || 'buffer'}`);
  this[kFinalized] = true;
  return out;
};

// --- Hmac -----------------------------------------------------------------

// A key given as a string, ArrayBuffer or view, as bytes.
function secretKey(key, encoding, name = 'key', types = keyTypes) {
  if (typeof key === 'string' || isArrayBuffer(key) || isView(key)) return toBytes(key, encoding);
  const secret = typeof key === 'object' && key !== null ? keys().secretOf(key) : null;
  if (secret !== null) return secret;
  throw invalidArgType(name, types, key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options != null && typeof options === 'object' ? options.encoding : undefined;
  if (encoding !== undefined) validateString(encoding, 'options.encoding');
  const bytes = secretKey(key, encoding);
  const size = binding.digestSize(hmac, false);
  if (size === -1) throw invalidDigest(hmac);
  if (size === -2) throw new Error('error:00000000:lib(0)::reason(0)');
  this[kHandle] = binding.newHmac(hmac, bytes);
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

// A second digest of an Hmac is empty rather than an error, in Node.
Hmac.prototype.digest = function digest(outputEncoding) {
  outputEncoding = outputEncoding || 'buffer';
  if (this[kFinalized]) {
    const empty = Buffer.alloc(0);
    return outputEncoding === 'buffer' ? empty : empty.toString(outputEncoding);
  }
  this[kFinalized] = true;
  return binding.digest(this[kHandle], `${outputEncoding}`);
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, data[, outputEncoding]): a one-shot digest.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isView(input)) {
    throw invalidArgType('input', bufferTypes, input);
  }
  let out = outputEncoding;
  if (outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    if (!Buffer.isEncoding(outputEncoding)) {
      throw invalidArgValue('outputEncoding', outputEncoding);
    }
    out = outputEncoding.toLowerCase();
  }
  const size = binding.digestSize(algorithm, true);
  if (size === -1) throw digestNotSupported(`Digest method ${algorithm} is not supported`);
  return binding.hash(algorithm, typeof input === 'string' ? input : byteView(input), 'utf8', out);
}

function getHashes() {
  return binding.getHashes();
}

function timingSafeEqual(buf1, buf2) {
  // Node's message here names no received value.
  for (const [name, buf] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isArrayBuffer(buf) && !isView(buf)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  }
  if (buf1.byteLength !== buf2.byteLength) {
    throw makeNodeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
      'Input buffers must have the same byte length');
  }
  return binding.timingSafeEqual(toBytes(buf1), toBytes(buf2));
}

// --- key derivation -------------------------------------------------------

function derivationInput(value, name) {
  if (typeof value === 'string' || isArrayBuffer(value) || isView(value)) return toBytes(value);
  throw invalidArgType(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  password = derivationInput(password, 'password');
  salt = derivationInput(salt, 'salt');
  validateInteger(iterations, 'iterations', 1, kMaxLength);
  validateInteger(keylen, 'keylen', 0, kMaxLength);
  validateString(digest, 'digest');
  const size = binding.digestSize(digest, false);
  if (size === -1) throw invalidDigest(digest);
  if (size === -2) throw new Error('Deriving bits failed');
  return [password, salt, iterations, keylen, digest];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  return Buffer.from(binding.pbkdf2(...args, undefined));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  binding.pbkdf2(...args, (err, bits) => (err ? callback.call(undefined, err) : callback.call(undefined, null, Buffer.from(bits))));
}

// scrypt's options: N (or cost), r (or blockSize), p (or parallelization)
// and maxmem, checked as node checks them.
function scryptArgs(password, salt, keylen, options) {
  password = derivationInput(password, 'password');
  salt = derivationInput(salt, 'salt');
  validateInteger(keylen, 'keylen', 0, kMaxLength);
  const o = options === undefined || options === null ? {} : options;
  const pick = (a, b, fallback) => {
    if (o[a] !== undefined && o[b] !== undefined) {
      throw makeNodeError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
    }
    const v = o[a] !== undefined ? o[a] : o[b];
    if (v === undefined) return fallback;
    validateUint32(v, o[a] !== undefined ? a : b);
    return v === 0 ? fallback : v;
  };
  const N = pick('N', 'cost', 16384);
  const r = pick('r', 'blockSize', 8);
  const p = pick('p', 'parallelization', 1);
  let maxmem = 32 << 20;
  if (o.maxmem !== undefined) {
    validateInteger(o.maxmem, 'maxmem', 0, Number.MAX_SAFE_INTEGER);
    maxmem = o.maxmem;
  }
  if (N < 2 || (N & (N - 1)) !== 0 || r * p >= 2 ** 30) {
    throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
  }
  // OpenSSL's limit: the 128*r*(N+2) bytes of ROMix and p*128*r of B.
  if (128 * r * (N + 2) + 128 * r * p > maxmem) {
    throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
      'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return [password, salt, N, r, p, keylen];
}

function scryptSync(password, salt, keylen, options) {
  return Buffer.from(binding.scrypt(...scryptArgs(password, salt, keylen, options), undefined));
}

function scrypt(password, salt, keylen, options, callback) {
  // Without a fifth argument the fourth is the callback, as in node.
  if (arguments.length < 5) {
    callback = options;
    options = undefined;
  }
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(...args, (err, bits) => (err ? callback.call(undefined, err) : callback.call(undefined, null, Buffer.from(bits))));
}

function hkdfArgs(digest, key, salt, info, length) {
  validateString(digest, 'digest');
  key = secretKey(key, undefined, 'ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  salt = derivationInput(salt, 'salt');
  info = derivationInput(info, 'info');
  validateInteger(length, 'length', 0, kMaxUint32);
  if (info.byteLength > 1024) {
    throw outOfRange('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const size = binding.digestSize(digest, false);
  if (size < 0) throw invalidDigest(digest);
  if (length > size * 255) {
    throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  }
  return [digest, key, salt, info, length];
}

function hkdfSync(digest, key, salt, info, length) {
  const args = hkdfArgs(digest, key, salt, info, length);
  if (args[4] === 0) return new ArrayBuffer(0);
  return binding.hkdf(...args, undefined);
}

function hkdf(digest, key, salt, info, length, callback) {
  const args = hkdfArgs(digest, key, salt, info, length);
  validateFunction(callback, 'callback');
  if (args[4] === 0) {
    process.nextTick(callback, null, new ArrayBuffer(0));
    return;
  }
  binding.hkdf(...args, callback);
}

// --- random ---------------------------------------------------------------

const random = require('internal/crypto/random');
// The key parts compile when a program first touches one of them.
let keysModule;
const keys = () => (keysModule === undefined ? (keysModule = require('internal/crypto/keys')) : keysModule);

Object.assign(exports, {
  createHash,
  createHmac,
  getHashes,
  hash,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
  timingSafeEqual,
  Hash,
  Hmac,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  getRandomValues: random.getRandomValues,
  webcrypto: random.webcrypto,
  subtle: random.webcrypto.subtle,
});
let cipherModule;
const ciphers = () => (cipherModule === undefined ? (cipherModule = require('internal/crypto/cipher')) : cipherModule);
const lazyParts = [
  [keys, ['constants', 'createPrivateKey', 'createPublicKey', 'createSecretKey', 'createSign',
    'createVerify', 'generateKeyPair', 'generateKeyPairSync', 'sign', 'verify', 'KeyObject', 'Sign', 'Verify',
    'createECDH', 'getCurves', 'ECDH', 'generateKey', 'generateKeySync']],
  [ciphers, ['Cipheriv', 'Decipheriv', 'createCipheriv', 'createDecipheriv', 'getCiphers', 'getCipherInfo']],
];
// Each becomes a plain value property the first time it is read.
for (const [part, names] of lazyParts) for (const name of names) {
  Object.defineProperty(exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = part()[name];
      Object.defineProperty(exports, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(exports, name, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}
