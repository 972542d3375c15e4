'use strict';
// require('buffer'): Buffer is a Uint8Array subclass; the byte work is done
// by the Go binding, argument checking and Node's exact errors here.

const { nodeError, invalidArgType, describeReceived } = require('internal/errors');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
let inspectMaxBytes = 50;

// at(err, key) marks where Node would have thrown err; its table of sites
// loads with the first error.
let markSite;
function at(err, key) {
  if (markSite === undefined) markSite = binding.loadPart('sites');
  return markSite(err, key);
}

let utilModule;
const util = () => (utilModule ||= require('util'));

// --- errors -------------------------------------------------------------
function withSeparators(text) {
  const neg = text[0] === '-' ? 1 : 0;
  let out = '';
  let end = text.length;
  while (end - 3 >= neg + 1) {
    out = `_${text.slice(end - 3, end)}${out}`;
    end -= 3;
  }
  return text.slice(0, end) + out;
}

function describeNumber(value) {
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) return withSeparators(String(value));
  if (typeof value === 'bigint') {
    const big = value > 2n ** 32n || value < -(2n ** 32n);
    return `${big ? withSeparators(String(value)) : String(value)}n`;
  }
  return util().inspect(value);
}

function outOfRange(name, range, value) {
  return nodeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${describeNumber(value)}`);
}

// ERR_INVALID_ARG_TYPE with the whole "must be ..." phrase given.
function argType(name, expected, value) {
  const subject = name.endsWith(' argument') ? `The ${name}` :
    `The "${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${subject} must be ${expected}.${describeReceived(value)}`);
}

function outOfBounds(name) {
  return nodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
    name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds');
}

function unknownEncoding(encoding) {
  const shown = typeof encoding === 'string' ? encoding : util().format('%s', encoding);
  return nodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${shown}`);
}

function invalidArgValue(name, value) {
  let shown = util().inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' is invalid. Received ${shown}`);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw at(invalidArgType(name, 'number', value), 'validator');
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    const parts = [];
    if (min != null) parts.push(`>= ${min}`);
    if (max != null) parts.push(`<= ${max}`);
    throw at(outOfRange(name, parts.join(' && '), value), 'validator');
  }
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw at(invalidArgType(name, 'number', value), 'validator');
  if (!Number.isInteger(value)) throw at(outOfRange(name, 'an integer', value), 'validator');
  if (value < min || value > max) throw at(outOfRange(name, `>= ${min} && <= ${max}`, value), 'validator');
}

const isUint8Array = (v) => v instanceof Uint8Array;
// The byteLength getter throws for anything but a real ArrayBuffer, so it
// tells one from an object that only inherits ArrayBuffer.prototype; it is
// asked only once instanceof or the tag says "ArrayBuffer", so a real one
// never pays for a throw.
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
function isRealArrayBuffer(v) {
  try {
    arrayBufferByteLength.call(v);
    return true;
  } catch {
    return false;
  }
}
const isAnyArrayBuffer = (v) => {
  if (v instanceof ArrayBuffer || Object.prototype.toString.call(v) === '[object ArrayBuffer]') return isRealArrayBuffer(v);
  return typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer;
};

function requireView(value, name, site) {
  if (!isUint8Array(value)) throw at(argType(name, 'an instance of Buffer or Uint8Array', value), site);
}

// --- encodings ----------------------------------------------------------
function base64Size(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function makeOps(name, id, byteLength, searchAsBytes) {
  return {
    encoding: name,
    id,
    byteLength,
    write: (buf, str, offset, len) => binding.write(buf, str, offset, len, id),
    slice: (buf, start, end) => binding.slice(buf, start, end, id),
    indexOf(buf, val, byteOffset, dir) {
      if (searchAsBytes) return binding.indexOfBuffer(buf, fromStringFast(val, this), byteOffset, id, dir);
      return binding.indexOfString(buf, val, byteOffset, id, dir);
    },
  };
}

const encodingOps = {
  __proto__: null,
  utf8: makeOps('utf8', 0, (s) => binding.byteLengthUtf8(s), false),
  ucs2: makeOps('utf16le', 1, (s) => s.length * 2, false),
  latin1: makeOps('latin1', 2, (s) => s.length, false),
  ascii: makeOps('ascii', 3, (s) => s.length, true),
  base64: makeOps('base64', 4, (s) => base64Size(s, s.length), true),
  base64url: makeOps('base64url', 5, (s) => base64Size(s, s.length), true),
  hex: makeOps('hex', 6, (s) => s.length >>> 1, true),
};
// The most bytes each encoding can produce: enough to skip measuring the
// string first when that much fits in the pool.
const maxBytesPerUnit = [3, 2, 1, 1, 1, 1, 1];

const encodingNames = {
  __proto__: null,
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'ucs2': 'ucs2',
  'ucs-2': 'ucs2',
  'utf16le': 'ucs2',
  'utf-16le': 'ucs2',
  'latin1': 'latin1',
  'binary': 'latin1',
  'base64': 'base64',
  'base64url': 'base64url',
  'hex': 'hex',
  'ascii': 'ascii',
};

// Names are matched case-insensitively; '' and nullish mean utf8 here.
function normalizeEncoding(enc) {
  if (enc == null || enc === '' || enc === 'utf8') return 'utf8';
  // Node switches on enc.length: a value without one names no encoding.
  if (typeof enc !== 'string' && typeof enc.length !== 'number') return undefined;
  const key = encodingNames[`${enc}`.toLowerCase()];
  return key === undefined ? undefined : (key === 'ucs2' ? 'utf16le' : key);
}

function getEncodingOps(encoding) {
  const exact = encodingOps[encoding];
  if (exact !== undefined && typeof encoding === 'string') return exact;
  const key = encodingNames[`${encoding}`.toLowerCase()];
  return key === undefined ? undefined : encodingOps[key];
}

// --- Buffer and its memory pool ----------------------------------------
class FastBuffer extends Uint8Array {
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let allocPool;
let poolOffset = 0;
let poolCapacity = 0;

function newPool() {
  poolCapacity = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolCapacity);
  // Every small Buffer shares the pool: a transfer must copy it, as in Node.
  binding.markUntransferable(allocPool);
  poolOffset = 0;
}

// Small buffers are carved out of a shared 8-aligned pool, as in Node.
function takeFromPool(size) {
  if (size > poolCapacity - poolOffset) newPool();
  const buf = new FastBuffer(allocPool, poolOffset, size);
  poolOffset = (poolOffset + size + 7) & ~7;
  return buf;
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) return takeFromPool(size);
  return new FastBuffer(size);
}

let warnedDeprecated = false;
let deprecationChecks = 0;

// True when the first user frame calling Buffer() is inside node_modules:
// Node spares dependencies the DEP0005 warning.
// The stack is read with a user's Error.prepareStackTrace set aside: it
// could call Buffer() again (and warn again) or return no text at all.
function calledFromNodeModules() {
  const prepare = Error.prepareStackTrace;
  let text;
  if (prepare === undefined) {
    text = new Error().stack;
  } else {
    Error.prepareStackTrace = undefined;
    try {
      text = new Error().stack;
    } finally {
      Error.prepareStackTrace = prepare;
    }
  }
  const stack = String(text).split('\n');
  for (const line of stack.slice(1)) {
    const m = /\(?((?:\/|[A-Za-z]:\\)[^():]*):\d+:\d+\)?$/.exec(line);
    if (m) return /[\\/]node_modules[\\/]/.test(m[1]);
  }
  return false;
}

function Buffer(arg, encodingOrOffset, length) {
  if (!warnedDeprecated && ++deprecationChecks <= 100 && !calledFromNodeModules()) {
    warnedDeprecated = true;
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use ' +
      'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw at(invalidArgType('string', 'string', arg), 'bufferNumber');
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, 'prototype', { value: FastBuffer.prototype, writable: false, enumerable: false, configurable: false });
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, enumerable: false, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, enumerable: false, configurable: true });

Buffer.poolSize = 8 * 1024;
newPool();
// Go code of other modules wraps its bytes with this (no copy).
binding.setWrapper((ab) => new FastBuffer(ab));

function fromStringFast(string, ops) {
  const bound = string.length * maxBytesPerUnit[ops.id];
  if (bound < (Buffer.poolSize >>> 1) && bound <= poolCapacity - poolOffset) {
    const written = binding.writeAt(allocPool, poolOffset, bound, string, ops.id);
    const buf = new FastBuffer(allocPool, poolOffset, written);
    poolOffset = (poolOffset + written + 7) & ~7;
    return buf;
  }
  const size = ops.byteLength(string);
  if (size >= (Buffer.poolSize >>> 1)) {
    const buf = new FastBuffer(size);
    const written = ops.write(buf, string, 0, size);
    return written === size ? buf : new FastBuffer(buf.buffer, 0, written);
  }
  if (size > poolCapacity - poolOffset) newPool();
  let buf = new FastBuffer(allocPool, poolOffset, size);
  const written = ops.write(buf, string, 0, size);
  if (written !== size) buf = new FastBuffer(allocPool, poolOffset, written);
  poolOffset = (poolOffset + written + 7) & ~7;
  return buf;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw at(unknownEncoding(encoding), 'fromEncoding');
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(ab, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = ab.byteLength - byteOffset;
  if (maxLength < 0) throw at(outOfBounds('offset'), 'abOffset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw at(outOfBounds('length'), 'abLength');
    } else {
      length = 0;
    }
  }
  if (byteOffset < 0) throw at(new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`), 'abStart');
  return new FastBuffer(ab, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    const buf = takeFromPool(obj.length);
    Uint8Array.prototype.set.call(buf, obj, 0);
    return buf;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const primitive = value.valueOf && value.valueOf();
    if (primitive != null && primitive !== value &&
        (typeof primitive === 'string' || typeof primitive === 'object')) {
      return from(primitive, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const str = value[Symbol.toPrimitive]('string');
      if (typeof str === 'string') return fromString(str, encodingOrOffset);
    }
  }
  throw at(argType('first argument',
    'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value), 'fromType');
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw at(argType('view', 'an instance of TypedArray', view), 'copyBytesFrom');
  }
  const count = view.length;
  if (count === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateOffset(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
      if (offset >= count) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateOffset(length, 'length', 0, Number.MAX_SAFE_INTEGER);
      end = offset + length;
    } else {
      end = count;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return fromArrayLike(bytes);
};

Buffer.of = function of(...items) {
  const buf = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) buf[i] = items[i];
  return buf;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return fillImpl(new FastBuffer(size), fill, 0, size, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  requireView(buf1, 'buf1', 'buf1');
  requireView(buf2, 'buf2', 'buf2');
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw at(argType('list', 'an instance of Array', list), 'validator');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const out = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw at(argType(`list[${i}]`, 'an instance of Buffer or Uint8Array', buf), 'concatItem');
    }
    pos += copyBytes(buf, out, pos, 0, buf.length);
  }
  if (pos < length) out.fill(0, pos, length);
  return out;
};

Buffer.byteLength = function byteLength(string, encoding, mustMatch) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw at(argType('string', 'of type string or an instance of Buffer or ArrayBuffer', string), 'byteLength');
  }
  const exact = mustMatch === true;
  if (!exact && string.length === 0) return 0;
  const ops = encoding ? getEncodingOps(encoding) : undefined;
  if (ops === undefined) return exact ? -1 : binding.byteLengthUtf8(string);
  return ops.byteLength(string);
};

Object.defineProperty(Buffer.byteLength, 'length', { value: 2 });

// Copies as many bytes as both ranges allow and returns the count.
function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let n = sourceEnd - sourceStart;
  const available = source.byteLength - sourceStart;
  if (n > available) n = available;
  if (n <= 0) return 0;
  return binding.copy(source, target, targetStart, sourceStart, n);
}

function fillImpl(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      if (typeof encoding !== 'string') throw at(invalidArgType('encoding', 'string', encoding), 'validator');
      throw at(unknownEncoding(encoding), 'fillEncoding');
    }
    encoding = normalized;
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((normalized === 'utf8' && code < 128) || normalized === 'latin1') value = code;
    }
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw outOfBounds();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
  } else {
    const res = binding.fill(buf, value, offset, end, encoding === undefined ? 0 : getEncodingOps(encoding).id);
    if (res === -1) throw at(invalidArgValue('value', value), 'fillValue');
    if (res === -2) throw outOfBounds();
  }
  return buf;
}

const proto = Buffer.prototype;

// Number reads and writes come first in Node's property order.
binding.errors = { outOfRange, outOfBounds, invalidArgType, validateNumber, at };
binding.loadPart('buffer_rw')(proto);

// The encoding-specific slice/write methods Node exposes on the prototype.
// Errors raised by Node's C++ carry a code but no "[CODE]" in their stack.
function nativeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

// Their index arguments follow Node's C++ rules: negative is out of range.
function indexArg(value, fallback) {
  if (value === undefined) return fallback;
  const n = Math.trunc(+value) || 0;
  if (n < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}
function checkedSlice(id) {
  return function (start, end) {
    const len = this.length;
    start = indexArg(start, 0);
    end = Math.max(indexArg(end, len), start);
    if (end > len) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    if (end === start) return '';
    return binding.slice(this, start, end, id);
  };
}
function checkedWrite(id) {
  return function (string, offset, length) {
    if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    offset = indexArg(offset, 0);
    if (offset > this.length) throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
    length = Math.min(this.length - offset, indexArg(length, this.length - offset));
    if (length === 0) return 0;
    return binding.write(this, string, offset, length, id);
  };
}
const sliceIds = [['ascii', 3], ['base64', 4], ['base64url', 5], ['latin1', 2], ['hex', 6], ['ucs2', 1], ['utf8', 0]];
const withName = (fn, name) => Object.defineProperty(fn, 'name', { value: name });
for (let i = 0; i < sliceIds.length; i++) {
  const name = `${sliceIds[i][0]}Slice`;
  proto[name] = withName(checkedSlice(sliceIds[i][1]), name);
}
for (let i = 0; i < sliceIds.length; i++) {
  const name = `${sliceIds[i][0]}Write`;
  proto[name] = withName(checkedWrite(sliceIds[i][1]), name);
}

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  configurable: false,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  configurable: false,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

const shared = {
  FastBuffer, encodingOps, getEncodingOps, normalizeEncoding, unknownEncoding, invalidArgValue,
  argType, outOfRange, outOfBounds, validateNumber, validateOffset, requireView, isAnyArrayBuffer,
  copyBytes, fillImpl, fromStringFast, util, at, nativeError, inspectMaxBytes: () => inspectMaxBytes,
};
binding.shared = shared;
binding.loadPart('buffer_more')(proto, Buffer);

module.exports = {
  Buffer,
  SlowBuffer,
  transcode: shared.transcode,
  isUtf8: shared.isUtf8,
  isAscii: shared.isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa: shared.btoa,
  atob: shared.atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES: 0,
};
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  enumerable: true,
  configurable: true,
  get() { return inspectMaxBytes; },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    inspectMaxBytes = value;
  },
});

// Blob, resolveObjectURL and File load blob.js on first access: accessors
// that turn into data properties, as Node's defineLazyProperties makes them.
let blobModule;
for (const key of ['Blob', 'resolveObjectURL', 'File']) {
  let value;
  function set(v) {
    Object.defineProperty(module.exports, key, { writable: true, value: v });
  }
  Object.defineProperty(set, 'name', { value: `set ${key}` });
  function get() {
    blobModule ||= binding.loadPart('blob');
    if (value === undefined) {
      value = blobModule[key];
      set(value);
    }
    return value;
  }
  Object.defineProperty(get, 'name', { value: `get ${key}` });
  Object.defineProperty(module.exports, key, { configurable: true, enumerable: true, get, set });
}
