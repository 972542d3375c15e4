'use strict';
// internal/crypto/random, the body of function(exports, require, module,
// binding): random bytes, integers and UUIDs, and the Web Crypto object
// (globalThis.crypto). The bytes come from Go's crypto/rand.

const { Buffer } = require('buffer');
const {
  makeNodeError, invalidArgType, outOfRange, invalidThis,
  validateFunction, validateNumber, validateBoolean, validateObject,
} = require('internal/errors');

const kMaxLength = 2 ** 31 - 1;
const kMaxPossibleLength = 2 ** 31 - 1;
const RAND_MAX = 0xFFFF_FFFF_FFFF;

const isArrayBuffer = (v) => v instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);

// The bytes of buf (an ArrayBuffer or any view) as one Uint8Array.
function bytesOf(buf) {
  if (isArrayBuffer(buf)) return new Uint8Array(buf);
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function checkBuffer(buf) {
  if (!isArrayBuffer(buf) && !ArrayBuffer.isView(buf)) {
    throw invalidArgType('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const max = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > max || offset < 0) {
    throw outOfRange('offset', `>= 0 && <= ${max}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw outOfRange('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw outOfRange('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function randomFillSync(buf, offset = 0, size) {
  checkBuffer(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset : assertSize(size, elementSize, offset, buf.byteLength);
  if (size > 0) binding.randomFill(bytesOf(buf), offset, size, undefined);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuffer(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = size === undefined ? buf.byteLength - offset : assertSize(size, elementSize, offset, buf.byteLength);
  }
  validateFunction(callback, 'callback');
  if (size === 0) {
    process.nextTick(callback, null, buf);
    return;
  }
  binding.randomFill(bytesOf(buf), offset, size, () => callback(null, buf));
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.allocUnsafeSlow(size);
  if (callback === undefined) {
    if (size > 0) binding.randomFill(buf, 0, size, undefined);
    return buf;
  }
  randomFill(buf, 0, size, function done(err) {
    if (err) return callback.call(this, err);
    callback.call(this, null, buf);
  });
}

// A uniform integer in [min, max): 48 random bits, redrawn above the
// largest multiple of the range so that no value is favoured.
function randomInt(min, max, callback) {
  const minNotSpecified = max === undefined || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const sync = callback === undefined;
  if (!sync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min) throw outOfRange('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw outOfRange(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const limit = RAND_MAX - (RAND_MAX % range);
  const bytes = Buffer.allocUnsafeSlow(6);
  let x;
  do {
    binding.randomFill(bytes, 0, 6, undefined);
    x = bytes.readUIntBE(0, 6);
  } while (x >= limit);
  const n = min + (x % range);
  if (sync) return n;
  process.nextTick(callback, undefined, n);
}

const hex = [];
for (let i = 0; i < 256; i++) hex.push((i + 0x100).toString(16).slice(1));

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  if (options !== undefined && options.disableEntropyCache !== undefined) {
    validateBoolean(options.disableEntropyCache, 'options.disableEntropyCache');
  }
  const b = Buffer.allocUnsafeSlow(16);
  binding.randomFill(b, 0, 16, undefined);
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
  return `${hex[b[0]]}${hex[b[1]]}${hex[b[2]]}${hex[b[3]]}-${hex[b[4]]}${hex[b[5]]}-` +
    `${hex[b[6]]}${hex[b[7]]}-${hex[b[8]]}${hex[b[9]]}-` +
    `${hex[b[10]]}${hex[b[11]]}${hex[b[12]]}${hex[b[13]]}${hex[b[14]]}${hex[b[15]]}`;
}

const integerArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, BigInt64Array, BigUint64Array];

function getRandomValues(data) {
  if (!integerArrays.some((T) => data instanceof T)) {
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  return randomFillSync(data, 0);
}

// --- Web Crypto -------------------------------------------------------------

const kConstruct = Symbol('kConstruct');

function illegalConstructor() {
  return makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

const digestNames = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' };

class SubtleCrypto {
  constructor(token) {
    if (token !== kConstruct) throw illegalConstructor();
  }

  // digest(algorithm, data): a Promise of the digest as an ArrayBuffer.
  async digest(algorithm, data) {
    if (this !== subtle) throw invalidThis('SubtleCrypto');
    if (arguments.length < 2) {
      throw makeNodeError(TypeError, 'ERR_MISSING_ARGS',
        `Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only ${arguments.length} present.`);
    }
    const name = typeof algorithm === 'string' ? algorithm : algorithm && algorithm.name;
    const hash = digestNames[String(name).toLowerCase()];
    if (hash === undefined) throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
    if (!isArrayBuffer(data) && !ArrayBuffer.isView(data)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
    const out = binding.hash(hash, bytesOf(data), 'utf8', 'buffer');
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
  }
}

// The key operations compile on first use (internal/crypto/webcrypto).
let webcryptoKeys;
const keyOps = () => (webcryptoKeys === undefined ? (webcryptoKeys = require('internal/crypto/webcrypto')) : webcryptoKeys);
const keyMethods = {
  importKey: 5, exportKey: 2, generateKey: 3, sign: 3, verify: 4, encrypt: 3, decrypt: 3,
  deriveBits: 3, deriveKey: 5, wrapKey: 4, unwrapKey: 7,
};
for (const [name, length] of Object.entries(keyMethods)) {
  const method = {
    async [name](...args) {
      if (this !== subtle) throw invalidThis('SubtleCrypto');
      if (args.length < length) {
        throw makeNodeError(TypeError, 'ERR_MISSING_ARGS',
          `Failed to execute '${name}' on 'SubtleCrypto': ${length} arguments required, but only ${args.length} present.`);
      }
      return keyOps()[name](...args);
    },
  }[name];
  Object.defineProperty(SubtleCrypto.prototype, name, { value: method, writable: true, configurable: true });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

class Crypto {
  constructor(token) {
    if (token !== kConstruct) throw illegalConstructor();
  }

  get subtle() {
    if (this !== webcrypto) throw invalidThis('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== webcrypto) throw invalidThis('Crypto');
    if (arguments.length < 1) {
      throw makeNodeError(TypeError, 'ERR_MISSING_ARGS',
        "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
    }
    return getRandomValues(array);
  }

  randomUUID() {
    if (this !== webcrypto) throw invalidThis('Crypto');
    return randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const subtle = new SubtleCrypto(kConstruct);
const webcrypto = new Crypto(kConstruct);

Object.assign(exports, {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  webcrypto,
  Crypto,
  SubtleCrypto,
});
Object.defineProperty(exports, 'CryptoKey', {
  configurable: true, enumerable: true, get: () => keyOps().CryptoKey,
});
