'use strict';
// require('zlib'): the classes are Transform streams over a Go codec
// (binding.newHandle); the convenience functions run the codec on the whole
// input at once (binding.processSync), the callback forms deliver on a
// later turn of the loop as Node's thread-pool work does. Brotli is not in
// Go's standard library: compressing writes valid Brotli of uncompressed
// meta-blocks (brotli.go); decompressing throws
// ERR_FEATURE_UNAVAILABLE_ON_PLATFORM.

const { Transform, finished } = require('stream');
const {
  nodeError, invalidArgType, outOfRange, validateFunction, markThrowSite,
} = require('internal/errors');

const zlibConstants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4880,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
};
// Brotli's constants, as zlib.constants lists them.
const brotliConstants = {
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0,
  BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1,
  BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2,
  BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30,
  BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16,
  BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4,
  BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7,
  BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
};
const brotliErrors = ['EXUBERANT_NIBBLE', 'RESERVED', 'EXUBERANT_META_NIBBLE', 'SIMPLE_HUFFMAN_ALPHABET',
  'SIMPLE_HUFFMAN_SAME', 'CL_SPACE', 'HUFFMAN_SPACE', 'CONTEXT_MAP_REPEAT', 'BLOCK_LENGTH_1',
  'BLOCK_LENGTH_2', 'TRANSFORM', 'DICTIONARY', 'WINDOW_BITS', 'PADDING_1', 'PADDING_2', 'DISTANCE'];
brotliErrors.forEach((name, i) => { brotliConstants[`BROTLI_DECODER_ERROR_FORMAT_${name}`] = -1 - i; });
Object.assign(brotliConstants, {
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
});
const constants = Object.assign({}, zlibConstants, brotliConstants);

const C = zlibConstants;

const codes = {};
const codeNames = ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR',
  'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR'];
for (const name of codeNames) codes[name] = C[name];
for (const name of codeNames) codes[C[name]] = name;
Object.freeze(codes);

function zlibError(message, errno) {
  const err = new Error(message);
  err.errno = errno;
  err.code = codes[errno];
  return err;
}

// The value of a numeric option, its default when absent or NaN.
function rangeOrDefault(value, name, lower, upper, def) {
  if (value === undefined || Number.isNaN(value)) return def;
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isFinite(value)) throw outOfRange(name, 'a finite number', value);
  if (value < lower || value > upper) {
    throw outOfRange(name, upper === Infinity ? `>= ${lower}` : `>= ${lower} and <= ${upper}`, value);
  }
  return value;
}

function isBufferLike(v) {
  return ArrayBuffer.isView(v) || v instanceof ArrayBuffer;
}

function toBuffer(v) {
  if (Buffer.isBuffer(v)) return v;
  if (v instanceof ArrayBuffer) return Buffer.from(v);
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

// readOptions checks a stream's or a call's options as Node does and
// returns the settings the codec uses. windowBits and memLevel are
// checked and kept on the object only: Go's deflate has one window size
// and no memory level.
function readOptions(opts, mode) {
  if (opts === undefined || opts === null) opts = {};
  const chunkSize = rangeOrDefault(opts.chunkSize, 'options.chunkSize', C.Z_MIN_CHUNK, Infinity,
    C.Z_DEFAULT_CHUNK);
  const flush = rangeOrDefault(opts.flush, 'options.flush', C.Z_NO_FLUSH, C.Z_BLOCK, C.Z_NO_FLUSH);
  const finishFlush = rangeOrDefault(opts.finishFlush, 'options.finishFlush', C.Z_NO_FLUSH, C.Z_BLOCK,
    C.Z_FINISH);
  const minWindow = mode === C.INFLATE || mode === C.GUNZIP || mode === C.UNZIP ? 0 : C.Z_MIN_WINDOWBITS;
  const windowBits = rangeOrDefault(opts.windowBits, 'options.windowBits', minWindow,
    C.Z_MAX_WINDOWBITS, C.Z_DEFAULT_WINDOWBITS);
  const level = rangeOrDefault(opts.level, 'options.level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL,
    C.Z_DEFAULT_COMPRESSION);
  const memLevel = rangeOrDefault(opts.memLevel, 'options.memLevel', C.Z_MIN_MEMLEVEL, C.Z_MAX_MEMLEVEL,
    C.Z_DEFAULT_MEMLEVEL);
  const strategy = rangeOrDefault(opts.strategy, 'options.strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED,
    C.Z_DEFAULT_STRATEGY);
  const maxOutputLength = rangeOrDefault(opts.maxOutputLength, 'options.maxOutputLength', 1,
    2 ** 32, 2 ** 32);
  let dictionary = opts.dictionary;
  if (dictionary !== undefined && !isBufferLike(dictionary)) {
    throw invalidArgType('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
      dictionary);
  }
  if (dictionary !== undefined) dictionary = toBuffer(dictionary);
  return { chunkSize, flush, finishFlush, windowBits, level, memLevel, strategy, maxOutputLength, dictionary };
}

function tooLarge(max) {
  return nodeError(RangeError, 'ERR_BUFFER_TOO_LARGE', `Cannot create a Buffer larger than ${max} bytes`);
}

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');

// ZlibBase is the Transform every zlib class is: each written chunk goes
// through the codec at once; the output is pushed in chunkSize pieces.
function ZlibBase(opts, mode) {
  const o = readOptions(opts, mode);
  Transform.call(this, { autoDestroy: true, ...opts });
  this.bytesWritten = 0;
  this._handle = binding.newHandle(mode, o.level, o.strategy, o.dictionary);
  this._chunkSize = o.chunkSize;
  this._defaultFlushFlag = o.flush;
  this._finishFlushFlag = o.finishFlush;
  this._defaultFullFlushFlag = C.Z_FULL_FLUSH;
  // maxOutputLength limits the convenience functions only, as in Node.
  this._maxOutputLength = o.maxOutputLength;
  this._level = o.level;
  this._strategy = o.strategy;
  this._windowBits = o.windowBits;
  this._memLevel = o.memLevel;
  this[kError] = null;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

ZlibBase.prototype._process = function _process(chunk, flushFlag) {
  if (!this._handle) return [Buffer.alloc(0), zlibError('zlib binding closed', C.Z_STREAM_ERROR)];
  const [out, message, errno] = this._handle.write(chunk, flushFlag);
  this.bytesWritten += chunk.byteLength;
  if (message !== undefined) return [out, zlibError(message, errno)];
  return [out, null];
};

ZlibBase.prototype._pushOut = function _pushOut(out) {
  for (let i = 0; i < out.length; i += this._chunkSize) {
    this.push(out.length <= this._chunkSize ? out : out.subarray(i, i + this._chunkSize));
  }
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  const ws = this._writableState;
  if (typeof chunk[kFlushFlag] === 'number') {
    flushFlag = chunk[kFlushFlag];
  } else if ((ws.ending || ws.ended) && ws.length === chunk.byteLength) {
    flushFlag = this._finishFlushFlag;
  }
  // The work is done now; its results arrive on a later turn of the loop,
  // as those of Node's thread-pool work do.
  const [out, err] = this._process(chunk, flushFlag);
  setImmediate(() => {
    if (this.destroyed) return;
    this._pushOut(out);
    if (err) {
      this[kError] = err;
      this.destroy(err);
      return;
    }
    cb();
  });
};

// _processChunk is node's internal entry that minizlib (tar) calls
// directly: without a callback it runs the codec at once, closes the
// handle as node's synchronous path does, and returns the output (one
// buffer here, so Buffer.concat, which minizlib swaps out, is not needed).
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  const [out, err] = this._process(chunk, flushFlag);
  if (typeof cb === 'function') {
    setImmediate(() => {
      if (err) {
        this.destroy(err);
        return;
      }
      this._pushOut(out);
      cb();
    });
    return undefined;
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  if (err) throw err;
  return out.length === 0 ? Buffer.alloc(0) : out;
};

ZlibBase.prototype._flush = function _flush(cb) {
  this._transform(Buffer.alloc(0), '', cb);
};

ZlibBase.prototype._final = function _final(cb) {
  cb();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    const marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  }
};

ZlibBase.prototype.reset = function reset() {
  if (this._handle) this._handle.reset();
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  callback(err);
};

Object.defineProperty(ZlibBase.prototype, '_closed', {
  get() { return !this._handle; }, configurable: true, enumerable: true,
});

// Zlib adds params() (the deflating classes change level and strategy).
function Zlib(opts, mode) {
  ZlibBase.call(this, opts, mode);
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  rangeOrDefault(level, 'level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL);
  rangeOrDefault(strategy, 'strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED);
  if (this._level === level && this._strategy === strategy) {
    if (callback) process.nextTick(callback);
    return;
  }
  this.flush(C.Z_SYNC_FLUSH, () => {
    if (this._handle) {
      const [out] = this._handle.params(level, strategy);
      if (out.length) this.push(out);
      this._level = level;
      this._strategy = strategy;
    }
    if (callback) callback();
  });
};

const modes = {
  Deflate: C.DEFLATE, Inflate: C.INFLATE, Gzip: C.GZIP, Gunzip: C.GUNZIP,
  DeflateRaw: C.DEFLATERAW, InflateRaw: C.INFLATERAW, Unzip: C.UNZIP,
};
const classes = {};
for (const [name, mode] of Object.entries(modes)) {
  // Callable without new, as Node's are.
  const ctor = {
    [name]: function(opts) {
      if (!new.target) return new classes[name](opts);
      Zlib.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Zlib.prototype);
  Object.setPrototypeOf(ctor, Zlib);
  classes[name] = ctor;
}

// brotliOptions checks what node's Brotli classes take: the operations
// as flush flags, and params keyed by BROTLI_PARAM_* (their values only
// tune compression, which this encoder does not do).
function brotliOptions(opts) {
  if (opts === undefined || opts === null) opts = {};
  const chunkSize = rangeOrDefault(opts.chunkSize, 'options.chunkSize', C.Z_MIN_CHUNK, Infinity, C.Z_DEFAULT_CHUNK);
  const last = brotliConstants.BROTLI_OPERATION_EMIT_METADATA;
  const flush = rangeOrDefault(opts.flush, 'options.flush', 0, last, brotliConstants.BROTLI_OPERATION_PROCESS);
  const finishFlush = rangeOrDefault(opts.finishFlush, 'options.finishFlush', 0, last, brotliConstants.BROTLI_OPERATION_FINISH);
  const maxOutputLength = rangeOrDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, 2 ** 32, 2 ** 32);
  if (opts.params !== undefined && opts.params !== null) {
    for (const key of Object.keys(opts.params)) {
      const id = +key;
      if (!Number.isInteger(id) || id < 0 || id > brotliConstants.BROTLI_PARAM_NDIRECT) {
        throw nodeError(RangeError, 'ERR_BROTLI_INVALID_PARAM', `${key} is not a valid Brotli parameter`);
      }
      const value = opts.params[key];
      if (typeof value !== 'number' && typeof value !== 'boolean') throw invalidArgType('options.params[key]', 'number', value);
    }
  }
  return { chunkSize, flush, finishFlush, maxOutputLength };
}

function BrotliCompress(opts) {
  if (!new.target) return new BrotliCompress(opts);
  const o = brotliOptions(opts);
  Transform.call(this, { autoDestroy: true, ...opts });
  this.bytesWritten = 0;
  this._handle = binding.newBrotliEncoder();
  this._chunkSize = o.chunkSize;
  this._defaultFlushFlag = o.flush;
  this._finishFlushFlag = o.finishFlush;
  this._defaultFullFlushFlag = brotliConstants.BROTLI_OPERATION_FLUSH;
  this._maxOutputLength = o.maxOutputLength;
  this[kError] = null;
}
Object.setPrototypeOf(BrotliCompress.prototype, ZlibBase.prototype);
Object.setPrototypeOf(BrotliCompress, ZlibBase);
classes.BrotliCompress = BrotliCompress;

function unsupportedBrotli() {
  return nodeError(TypeError, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
    'The feature Brotli is unavailable on the current platform, which is being used to run Node.js');
}
classes.BrotliDecompress = function BrotliDecompress(opts) { throw unsupportedBrotli(); };

function checkInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (!isBufferLike(buffer)) {
    throw invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
  }
  return toBuffer(buffer);
}

function processWhole(mode, buffer, opts) {
  const o = readOptions(opts, mode);
  const [out, message, errno] = binding.processSync(mode, buffer, o.finishFlush, o.level, o.strategy,
    o.dictionary);
  if (out.length > o.maxOutputLength) throw tooLarge(o.maxOutputLength);
  // A fatal report quotes the line of node's zlib that rethrows it.
  if (message !== undefined) throw markThrowSite(zlibError(message, errno), 'node:zlib', '      throw self[kError];', 7);
  return out;
}

function withInfo(name, opts, out) {
  if (opts && opts.info) return { buffer: out, engine: new classes[name](opts) };
  return out;
}

const exportsList = {};
const fnNames = {
  Deflate: 'deflate', Inflate: 'inflate', Gzip: 'gzip', Gunzip: 'gunzip',
  DeflateRaw: 'deflateRaw', InflateRaw: 'inflateRaw', Unzip: 'unzip',
};
for (const [cls, fn] of Object.entries(fnNames)) {
  const mode = modes[cls];
  const sync = {
    [`${fn}Sync`]: function(buffer, opts) {
      return withInfo(cls, opts, processWhole(mode, checkInput(buffer), opts));
    },
  }[`${fn}Sync`];
  const async = {
    [fn]: function(buffer, opts, callback) {
      if (typeof opts === 'function') {
        callback = opts;
        opts = {};
      }
      validateFunction(callback, 'callback');
      const input = checkInput(buffer);
      let out;
      let error = null;
      try {
        out = withInfo(cls, opts, processWhole(mode, input, opts));
      } catch (err) {
        if (err.code === 'ERR_INVALID_ARG_TYPE' || err.code === 'ERR_OUT_OF_RANGE') throw err;
        error = err;
      }
      setImmediate(() => (error ? callback(error) : callback(null, out)));
    },
  }[fn];
  exportsList[fn] = async;
  exportsList[`${fn}Sync`] = sync;
  exportsList[`create${cls}`] = function(opts) { return new classes[cls](opts); };
  Object.defineProperty(exportsList[`create${cls}`], 'name', { value: `create${cls}` });
}
function brotliWhole(buffer, opts) {
  const o = brotliOptions(opts);
  const [out] = binding.brotliEncode(buffer);
  if (out.length > o.maxOutputLength) throw tooLarge(o.maxOutputLength);
  return out;
}
exportsList.brotliCompressSync = function brotliCompressSync(buffer, opts) {
  return withInfo('BrotliCompress', opts, brotliWhole(checkInput(buffer), opts));
};
exportsList.brotliCompress = function brotliCompress(buffer, opts, callback) {
  if (typeof opts === 'function') {
    callback = opts;
    opts = {};
  }
  validateFunction(callback, 'callback');
  const out = withInfo('BrotliCompress', opts, brotliWhole(checkInput(buffer), opts));
  setImmediate(() => callback(null, out));
};
exportsList.createBrotliCompress = function createBrotliCompress(opts) { return new BrotliCompress(opts); };
exportsList.brotliDecompress = function brotliDecompress(buffer, opts, callback) { throw unsupportedBrotli(); };
exportsList.brotliDecompressSync = function brotliDecompressSync(buffer, opts) { throw unsupportedBrotli(); };
exportsList.createBrotliDecompress = function createBrotliDecompress() { throw unsupportedBrotli(); };

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw invalidArgType('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  if (typeof value !== 'number') throw invalidArgType('value', 'number', value);
  if (!Number.isInteger(value) || value < 0 || value > 2 ** 32 - 1) {
    throw outOfRange('value', `>= 0 && <= ${2 ** 32 - 1}`, value);
  }
  return binding.crc32(data, value);
}

// In Node's export order.
module.exports = { crc32 };
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
  'BrotliCompress', 'BrotliDecompress']) {
  module.exports[name] = classes[name];
}
for (const name of ['deflate', 'deflateSync', 'gzip', 'gzipSync', 'deflateRaw', 'deflateRawSync',
  'unzip', 'unzipSync', 'inflate', 'inflateSync', 'gunzip', 'gunzipSync', 'inflateRaw', 'inflateRawSync',
  'brotliCompress', 'brotliCompressSync', 'brotliDecompress', 'brotliDecompressSync',
  'createDeflate', 'createInflate', 'createDeflateRaw', 'createInflateRaw', 'createGzip', 'createGunzip',
  'createUnzip', 'createBrotliCompress', 'createBrotliDecompress']) {
  module.exports[name] = exportsList[name];
}
for (const [name, value] of [['constants', constants], ['codes', codes]]) {
  Object.defineProperty(module.exports, name, { value, enumerable: true, configurable: false, writable: false });
}
// The legacy top-level names: every constant but Brotli's, hidden.
for (const key of Object.keys(zlibConstants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, { value: zlibConstants[key], enumerable: false, writable: false });
}
