'use strict';
// The rest of Buffer.prototype (after the number methods and the encoding
// slices), plus transcode/isUtf8/isAscii/atob/btoa, which it adds to
// binding.shared for buffer.js to export.

const { nodeError } = require('internal/errors');
const shared = binding.shared;
const {
  at, argType, FastBuffer, encodingOps, getEncodingOps, normalizeEncoding, unknownEncoding,
  outOfRange, validateOffset, requireView, isAnyArrayBuffer, copyBytes, fillImpl, util, nativeError,
} = shared;

function isUint8(v) {
  return v instanceof Uint8Array;
}

function toInteger(n, fallback) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return fallback;
}

// Relative start/end of slice and subarray: truncated, negative from the end.
function relative(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

const writers = {
  utf8: 'utf8Write', ucs2: 'ucs2Write', latin1: 'latin1Write', ascii: 'asciiWrite',
  base64: 'base64Write', base64url: 'base64urlWrite', hex: 'hexWrite',
};

module.exports = function install(proto, Buffer) {
  const utf8Write = proto.utf8Write;
  const writeWith = (ops) => proto[writers[Object.keys(encodingOps).find((k) => encodingOps[k] === ops)]];

  proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
    if (!isUint8(this)) throw argType('source', 'an instance of Buffer or Uint8Array', this);
    if (!isUint8(target)) throw at(argType('target', 'an instance of Buffer or Uint8Array', target), 'target');
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      targetStart = toInteger(targetStart, 0);
      if (targetStart < 0) throw at(outOfRange('targetStart', '>= 0', targetStart), 'targetStart');
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > this.byteLength) {
        throw at(outOfRange('sourceStart', `>= 0 && <= ${this.byteLength}`, sourceStart), 'sourceStart');
      }
    }
    if (sourceEnd === undefined) {
      sourceEnd = this.byteLength;
    } else {
      sourceEnd = toInteger(sourceEnd, 0);
      if (sourceEnd < 0) throw at(outOfRange('sourceEnd', '>= 0', sourceEnd), 'sourceEnd');
    }
    if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
    return copyBytes(this, target, targetStart, sourceStart, sourceEnd);
  };

  proto.toString = function toString(encoding, start, end) {
    const len = this.length;
    if (encoding === undefined && start === undefined && end === undefined) return binding.slice(this, 0, len, 0);
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    if (encoding === undefined) return binding.slice(this, start, end, 0);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw at(unknownEncoding(encoding), 'encoding');
    return ops.slice(this, start, end);
  };

  proto.equals = function equals(otherBuffer) {
    if (!isUint8(otherBuffer)) {
      throw at(argType('otherBuffer', 'an instance of Buffer or Uint8Array', otherBuffer), 'equals');
    }
    if (this === otherBuffer) return true;
    if (this.byteLength !== otherBuffer.byteLength) return false;
    return this.byteLength === 0 || binding.compare(this, otherBuffer) === 0;
  };

  // <Buffer 68 69>, then any own non-index properties, as Node shows them.
  const inspect = function inspect(recurseTimes, ctx) {
    const max = shared.inspectMaxBytes();
    const shown = Math.min(max, this.length);
    let str = binding.slice(this, 0, shown, 6).replace(/(.{2})/g, '$1 ').trim();
    const remaining = this.length - max;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      const extras = { __proto__: null };
      let any = false;
      for (const key of require('internal/util/inspect').getOwnNonIndexProperties(this, ctx.showHidden)) {
        any = true;
        extras[key] = this[key];
      }
      if (any) {
        const text = util().inspect(extras, { ...ctx, breakLength: Infinity, compact: true });
        // Drop the "[Object: null prototype] {" head and the " }" tail.
        str += (this.length !== 0 ? ', ' : '') + text.slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${str}>`;
  };
  proto[Symbol.for('nodejs.util.inspect.custom')] = inspect;
  proto.inspect = inspect;

  proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8(target)) throw at(argType('target', 'an instance of Buffer or Uint8Array', target), 'target');
    if (targetStart === undefined && targetEnd === undefined && sourceStart === undefined && sourceEnd === undefined) {
      return binding.compare(this, target);
    }
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return binding.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
  };

  function search(buffer, val, byteOffset, encoding, forward) {
    if (!ArrayBuffer.isView(buffer)) {
      throw argType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
    }
    if (typeof byteOffset === 'string') {
      encoding = byteOffset;
      byteOffset = undefined;
    } else if (byteOffset > 0x7fffffff) {
      byteOffset = 0x7fffffff;
    } else if (byteOffset < -0x80000000) {
      byteOffset = -0x80000000;
    }
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
    byteOffset = Math.trunc(byteOffset);
    if (typeof val === 'number') return binding.indexOfNumber(buffer, val >>> 0, byteOffset, forward);
    const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
    if (typeof val === 'string') {
      if (ops === undefined) throw at(unknownEncoding(encoding), 'searchEncoding');
      return ops.indexOf(buffer, val, byteOffset, forward);
    }
    if (isUint8(val)) {
      return binding.indexOfBuffer(buffer, val, byteOffset, ops === undefined ? 0 : ops.id, forward);
    }
    throw at(argType('value', 'one of type number or string or an instance of Buffer or Uint8Array', val), 'searchValue');
  }

  proto.indexOf = function indexOf(val, byteOffset, encoding) {
    return search(this, val, byteOffset, encoding, true);
  };
  proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
    return search(this, val, byteOffset, encoding, false);
  };
  proto.includes = function includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  };

  proto.fill = function fill(value, offset, end, encoding) {
    return fillImpl(this, value, offset, end, encoding);
  };

  proto.write = function write(string, offset, length, encoding) {
    if (offset === undefined) return utf8Write.call(this, string, 0, this.length);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8') return utf8Write.call(this, string, offset, length);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw at(unknownEncoding(encoding), 'encoding');
    return writeWith(ops).call(this, string, offset, length);
  };

  proto.toJSON = function toJSON() {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  };

  proto.subarray = function subarray(start, end) {
    const len = this.length;
    start = relative(start, len);
    end = end !== undefined ? relative(end, len) : len;
    return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
  };
  proto.slice = function slice(start, end) {
    return this.subarray(start, end);
  };

  const swapper = (bits) => function (...args) {
    const size = bits / 8;
    if (this.length % size !== 0) {
      throw at(nodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${bits}-bits`), `swap${bits}`);
    }
    for (let i = 0; i < this.length; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = this[a];
        this[a] = this[b];
        this[b] = t;
      }
    }
    return this;
  };
  proto.swap16 = Object.defineProperty(swapper(16), 'name', { value: 'swap16' });
  proto.swap32 = Object.defineProperty(swapper(32), 'name', { value: 'swap32' });
  proto.swap64 = Object.defineProperty(swapper(64), 'name', { value: 'swap64' });
  proto.toLocaleString = proto.toString;

  const detachedBuffer = () => nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
  shared.isUtf8 = function isUtf8(input) {
    if (ArrayBuffer.isView(input) && !(input instanceof DataView)) return binding.isUtf8(input);
    if (isAnyArrayBuffer(input)) {
      if (binding.isDetached(input)) throw at(detachedBuffer(), 'isUtf8Detached');
      return binding.isUtf8(input);
    }
    throw at(argType('input', 'an instance of ArrayBuffer, Buffer, or TypedArray', input), 'input');
  };
  shared.isAscii = function isAscii(input) {
    if (ArrayBuffer.isView(input) && !(input instanceof DataView)) return binding.isAscii(input);
    if (isAnyArrayBuffer(input)) {
      if (binding.isDetached(input)) throw at(detachedBuffer(), 'isAsciiDetached');
      return binding.isAscii(input);
    }
    throw at(argType('input', 'an instance of ArrayBuffer, Buffer, or TypedArray', input), 'input');
  };

  const domException = (message) => {
    const { DOMException } = require('internal/web');
    return new DOMException(message, 'InvalidCharacterError');
  };
  const missingInput = () => nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "input" argument must be specified');

  shared.btoa = function btoa(input) {
    if (arguments.length === 0) throw at(missingInput(), 'missingInput');
    input = `${input}`;
    for (let i = 0; i < input.length; i++) {
      if (input.charCodeAt(i) > 0xff) throw at(domException('Invalid character'), 'btoaChar');
    }
    return binding.slice(fromLatin1(input), 0, input.length, 4);
  };
  const fromLatin1 = (s) => {
    const buf = new FastBuffer(s.length);
    binding.write(buf, s, 0, s.length, 2);
    return buf;
  };

  // WHATWG forgiving-base64: ASCII whitespace is ignored, '=' only at the
  // end, and Node's two messages for the two ways to fail.
  const alphabet = /[A-Za-z0-9+/]/;
  shared.atob = function atob(input) {
    if (arguments.length === 0) throw at(missingInput(), 'missingInput');
    input = `${input}`;
    let count = 0;
    let equals = 0;
    for (let i = 0; i < input.length; i++) {
      const c = input[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r') continue;
      if (c === '=') {
        equals++;
      } else if (alphabet.test(c)) {
        if (equals) throw at(domException('Invalid character'), 'atobChar');
      } else {
        throw at(domException('Invalid character'), 'atobChar');
      }
      count++;
      if (equals > 2) throw at(domException('Invalid character'), 'atobChar');
    }
    let rest = count % 4;
    if (!rest) rest = (count - equals) % 4;
    else if (equals) throw at(domException('Invalid character'), 'atobChar');
    if (rest === 1) throw at(domException('The string to be decoded is not correctly encoded.'), 'atobLength');
    const bytes = Buffer.from(input, 'base64');
    return binding.slice(bytes, 0, bytes.length, 2);
  };

  shared.transcode = function transcode(source, fromEncoding, toEncoding) {
    if (!isUint8(source)) throw at(argType('source', 'an instance of Buffer or Uint8Array', source), 'transcodeSource');
    if (source.length === 0) return Buffer.alloc(0);
    const from = normalizeEncoding(fromEncoding) || fromEncoding;
    const to = normalizeEncoding(toEncoding) || toEncoding;
    // Node's C++ takes only a string as an encoding name.
    const name = (enc) => (typeof enc === 'string' ? enc : '');
    const result = binding.transcode(source, name(from), name(to));
    if (typeof result !== 'number') return new FastBuffer(result);
    const code = result === 10 ? 'U_INVALID_CHAR_FOUND' : 'U_ILLEGAL_ARGUMENT_ERROR';
    const err = new Error(`Unable to transcode Buffer [${code}]`);
    err.code = code;
    err.errno = result;
    throw at(err, 'transcode');
  };
};
