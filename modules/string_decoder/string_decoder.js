'use strict';
// Body of function(exports, require, module, binding): StringDecoder.
// The decoder's state lives in a 7-byte Buffer laid out as Node's native
// decoder keeps it (so inspect and lastChar show the same bytes):
// [0..3] bytes of an incomplete character, [4] bytes still missing,
// [5] bytes buffered, [6] the encoding's id.

const { Buffer } = require('buffer');
const { nodeError, invalidArgType, invalidThis } = require('internal/errors');

const kNativeDecoder = Symbol('kNativeDecoder');
const kStringMaxLength = require('buffer').constants.MAX_STRING_LENGTH;
const MISSING = 4;
const BUFFERED = 5;
const ENCODING = 6;

const ids = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };
const UTF8 = 1;
const BASE64 = 2;
const UTF16LE = 3;
const BASE64URL = 7;

const aliases = {
  'utf8': 'utf8', 'utf-8': 'utf8', 'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1', 'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii',
};
const originalIsEncoding = Buffer.isEncoding;

function normalizeEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  const known = aliases[`${enc}`.toLowerCase()];
  if (known !== undefined) return known;
  // A replaced Buffer.isEncoding may vouch for more encodings.
  if (Buffer.isEncoding === originalIsEncoding || !Buffer.isEncoding(enc)) {
    throw nodeError(TypeError, 'ERR_UNKNOWN_ENCODING', require('util').format('Unknown encoding: %s', enc));
  }
  return enc;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(7);
  this[kNativeDecoder][ENCODING] = ids[this.encoding] === undefined ? ids.utf8 : ids[this.encoding];
}

const encodingName = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', 'buffer', 'base64url'];

function bytesOf(view) {
  return Buffer.isBuffer(view) ? view : Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

// Where a trailing incomplete character starts: sets the missing and
// buffered counts in state.
function holdBackTail(state, data, n) {
  const enc = state[ENCODING];
  if (enc === UTF8 && (data[n - 1] & 0x80) !== 0) {
    let buffered = 0;
    for (let i = n - 1; ; i--) {
      buffered++;
      const b = data[i];
      if ((b & 0xC0) === 0x80) {
        // A continuation byte: keep looking for the lead byte, but not
        // past four bytes or the start of the chunk.
        if (buffered >= 4 || i === 0) return;
        continue;
      }
      let need;
      if ((b & 0xE0) === 0xC0) need = 2;
      else if ((b & 0xF0) === 0xE0) need = 3;
      else if ((b & 0xF8) === 0xF0) need = 4;
      else return;
      if (buffered >= need) return;
      state[BUFFERED] = buffered;
      state[MISSING] = need - buffered;
      return;
    }
  }
  if (enc === UTF16LE) {
    if (n % 2 === 1) {
      state[BUFFERED] = 1;
      state[MISSING] = 1;
    } else if ((data[n - 1] & 0xFC) === 0xD8) {
      // The first half of a surrogate pair.
      state[BUFFERED] = 2;
      state[MISSING] = 2;
    }
  } else if (enc === BASE64 || enc === BASE64URL) {
    state[BUFFERED] = n % 3;
    if (state[BUFFERED] > 0) state[MISSING] = 3 - state[BUFFERED];
  }
}

function decode(state, view) {
  let data = bytesOf(view);
  const name = encodingName[state[ENCODING]];
  let prefix = '';
  if (state[MISSING] > 0) {
    if (state[ENCODING] === UTF8) {
      // A byte that cannot continue the held character ends it early; it
      // then starts the next one.
      const limit = Math.min(data.length, state[MISSING]);
      for (let i = 0; i < limit; i++) {
        if ((data[i] & 0xC0) !== 0x80) {
          state[MISSING] = 0;
          data.copy(state, state[BUFFERED], 0, i);
          state[BUFFERED] += i;
          data = data.subarray(i);
          break;
        }
      }
    }
    const found = Math.min(data.length, state[MISSING]);
    data.copy(state, state[BUFFERED], 0, found);
    data = data.subarray(found);
    state[MISSING] -= found;
    state[BUFFERED] += found;
    if (state[MISSING] === 0) {
      prefix = state.toString(name, 0, state[BUFFERED]);
      state[BUFFERED] = 0;
    }
  }
  if (data.length === 0) return prefix;
  let n = data.length;
  holdBackTail(state, data, n);
  if (state[BUFFERED] > 0) {
    n -= state[BUFFERED];
    data.copy(state, 0, n, n + state[BUFFERED]);
  }
  if (n === 0) return prefix;
  const out = prefix + data.toString(name, 0, n);
  // Node's decoder cannot make a string past V8's limit.
  if (out.length > kStringMaxLength) throw stringTooLong();
  return out;
}

// Thrown from native code in Node: a plain Error with a code, whose stack
// does not name the code.
function stringTooLong() {
  const err = new Error(`Cannot create a string longer than 0x${kStringMaxLength.toString(16)} characters`);
  err.code = 'ERR_STRING_TOO_LONG';
  return err;
}

function flush(state) {
  if (state[ENCODING] === UTF16LE && state[BUFFERED] % 2 === 1) {
    // A lone trailing byte of UTF-16 is dropped.
    state[MISSING]--;
    state[BUFFERED]--;
  }
  if (state[BUFFERED] === 0) return '';
  const out = state.toString(encodingName[state[ENCODING]], 0, state[BUFFERED]);
  state[MISSING] = 0;
  state[BUFFERED] = 0;
  return out;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw invalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const state = this[kNativeDecoder];
  if (!state) throw invalidThis('StringDecoder');
  return decode(state, buf);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][BUFFERED] > 0) ret += flush(this[kNativeDecoder]);
  return ret;
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][MISSING] = 0;
  this[kNativeDecoder][BUFFERED] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(0, 4);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][MISSING];
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][BUFFERED] + this[kNativeDecoder][MISSING];
    },
  },
});

module.exports = { StringDecoder };
