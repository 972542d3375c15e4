'use strict';
// Body of function(exports, require, module, binding): Cipheriv and
// Decipheriv (AES in CBC, ECB, CTR, CFB, OFB and GCM modes, 3DES-CBC) over
// Go's crypto/cipher, with node's argument checks and OpenSSL's errors.

const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const { makeNodeError, invalidArgType, validateString } = require('internal/errors');
const crypto = require('crypto');
const keys = require('internal/crypto/keys');

// Hash's parent: the Transform a crypto object becomes only once streamed.
const LazyTransform = Object.getPrototypeOf(crypto.Hash);

const kHandle = Symbol('kHandle');
const kState = Symbol('kCipherState');
const isView = (v) => ArrayBuffer.isView(v);

function invalidState(what) {
  return makeNodeError(Error, 'ERR_CRYPTO_INVALID_STATE', `Invalid state for operation ${what}`);
}

function toBytes(value, encoding, name) {
  if (typeof value === 'string') return Buffer.from(value, encoding);
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (isView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw invalidArgType(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

function cipherKey(key, encoding) {
  const secret = typeof key === 'object' && key !== null && !isView(key) && !(key instanceof ArrayBuffer) ? keys.secretOf(key) : null;
  if (secret !== null) return secret;
  if (typeof key === 'string') return Buffer.from(key, encoding);
  if (key instanceof ArrayBuffer) return Buffer.from(key);
  if (isView(key)) return Buffer.from(key.buffer, key.byteOffset, key.byteLength);
  throw invalidArgType('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function CipherBase(encrypt, cipher, key, iv, options) {
  validateString(cipher, 'cipher');
  const encoding = options && typeof options === 'object' ? options.encoding : undefined;
  const keyBytes = cipherKey(key, encoding);
  let ivBytes = null;
  if (iv !== null) ivBytes = toBytes(iv, encoding, 'iv');
  const info = binding.cipherInfo(cipher);
  if (info === undefined) throw makeNodeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  const [, , mode, , ivLength, keyLength] = info;
  if (keyBytes.length !== keyLength) throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  const ivOk = mode === 'gcm' ? ivBytes !== null && ivBytes.length > 0 : (ivBytes === null ? ivLength === 0 : ivBytes.length === ivLength);
  if (!ivOk) throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
  const tagLength = options && options.authTagLength !== undefined ? options.authTagLength : 16;
  this[kHandle] = binding.newCipher(cipher, encrypt, keyBytes, ivBytes, tagLength);
  this[kState] = { finalized: false, decoder: null };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(CipherBase.prototype, LazyTransform.prototype);
Object.setPrototypeOf(CipherBase, LazyTransform);

// output is out as a Buffer or, given an encoding, as text: multi-byte
// characters split across calls are held as node's StringDecoder holds them.
function output(self, out, encoding) {
  if (!encoding || encoding === 'buffer') return out;
  const state = self[kState];
  if (state.decoder === null || state.decoder.encoding !== encoding) state.decoder = new StringDecoder(encoding);
  return state.decoder.write(out);
}

CipherBase.prototype.update = function update(data, inputEncoding, outputEncoding) {
  if (this[kState].finalized) throw new Error('Trying to add data in unsupported state');
  const bytes = toBytes(data, inputEncoding, 'data');
  return output(this, binding.cipherUpdate(this[kHandle], bytes), outputEncoding);
};

CipherBase.prototype.final = function final(outputEncoding) {
  if (this[kState].finalized) throw makeNodeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  this[kState].finalized = true;
  const out = binding.cipherFinal(this[kHandle]);
  if (!outputEncoding || outputEncoding === 'buffer') return out;
  const state = this[kState];
  const text = output(this, out, outputEncoding);
  return state.decoder === null ? text : text + state.decoder.end();
};

CipherBase.prototype.setAutoPadding = function setAutoPadding(ap) {
  binding.cipherSetPadding(this[kHandle], ap === undefined ? true : !!ap);
  return this;
};

CipherBase.prototype.setAAD = function setAAD(aadbuf, options) {
  binding.cipherSetAAD(this[kHandle], toBytes(aadbuf, undefined, 'buffer'));
  return this;
};

CipherBase.prototype._transform = function _transform(chunk, encoding, callback) {
  this.push(this.update(chunk, encoding));
  callback();
};

CipherBase.prototype._flush = function _flush(callback) {
  try {
    this.push(this.final());
  } catch (err) {
    callback(err);
    return;
  }
  callback();
};

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  CipherBase.call(this, true, cipher, key, iv, options);
}
Object.setPrototypeOf(Cipheriv.prototype, CipherBase.prototype);
Object.setPrototypeOf(Cipheriv, CipherBase);

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const tag = binding.cipherGetTag(this[kHandle]);
  if (!this[kState].finalized || tag.length === 0) throw invalidState('getAuthTag');
  return tag;
};

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  CipherBase.call(this, false, cipher, key, iv, options);
}
Object.setPrototypeOf(Decipheriv.prototype, CipherBase.prototype);
Object.setPrototypeOf(Decipheriv, CipherBase);

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const tag = toBytes(tagbuf, encoding, 'buffer');
  if (tag.length < 4 || tag.length > 16) {
    throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${tag.length}`);
  }
  if (this[kState].finalized) throw invalidState('setAuthTag');
  binding.cipherSetTag(this[kHandle], tag);
  return this;
};

function createCipheriv(cipher, key, iv, options) { return new Cipheriv(cipher, key, iv, options); }

function createDecipheriv(cipher, key, iv, options) { return new Decipheriv(cipher, key, iv, options); }

function getCiphers() { return binding.getCiphers(); }

function getCipherInfo(nameOrNid, options) {
  let info;
  if (typeof nameOrNid === 'number') info = binding.getCiphers().map((n) => binding.cipherInfo(n)).find((i) => i[1] === nameOrNid);
  else {
    validateString(nameOrNid, 'nameOrNid');
    info = binding.cipherInfo(nameOrNid);
  }
  if (info === undefined) return undefined;
  const [name, nid, mode, blockSize, ivLength, keyLength] = info;
  const out = { mode, name, nid, blockSize };
  if (ivLength !== 0) out.ivLength = ivLength;
  out.keyLength = keyLength;
  return out;
}

module.exports = { Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers, getCipherInfo };
