'use strict';
// Writable: its state, write() into _write or the buffer, the write
// callback path (drain, batching into _writev) and the finish sequence.
// end(), destroy() and the public properties are in writable_end.js.

const { Buffer } = require('buffer');
const { Stream } = binding.load('legacy');
const utils = binding.load('utils');
const destroyImpl = binding.load('destroy');
const {
  kState, kObjectMode, kErrorEmitted, kAutoDestroy, kEmitClose, kDestroyed, kClosed,
  kCloseEmitted, kErrored, kConstructed, kOnConstructed, flagProperty, codes, thrown,
} = utils;
const { errorOrDestroy } = destroyImpl;

const FastBuffer = Buffer[Symbol.species];
function nop() {}

const kSync = 1 << 9;
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11;
const kEnding = 1 << 12;
const kFinished = 1 << 13;
const kDecodeStrings = 1 << 14;
const kWriting = 1 << 15;
const kBufferProcessing = 1 << 16;
const kPrefinished = 1 << 17;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
const kOnFinished = 1 << 20;
const kHasWritable = 1 << 21;
const kWritable = 1 << 22;
const kCorked = 1 << 23;
const kDefaultUTF8Encoding = 1 << 24;
const kWriteCb = 1 << 25;
const kExpectWriteCb = 1 << 26;
const kAfterWriteTickInfo = 1 << 27;
const kAfterWritePending = 1 << 28;
const kBuffered = 1 << 29;
const kEnded = 1 << 30;

const kOnFinishedValue = Symbol('kOnFinishedValue');
const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kAfterWriteTickInfoValue = Symbol('kAfterWriteTickInfoValue');
const kBufferedValue = Symbol('kBufferedValue');

// A value slot with a presence bit; reads give `absent` while it is clear.
function slotProperty(bit, key, absent) {
  return {
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & bit) !== 0 ? this[key] : absent(); },
    set(v) {
      this[key] = v;
      if (v) this[kState] |= bit;
      else this[kState] &= ~bit;
    },
  };
}

function WritableState(options, stream, isDuplex) {
  let flags = kSync | kConstructed | kEmitClose | kAutoDestroy;
  if (options && (options.objectMode || (isDuplex && options.writableObjectMode))) flags |= kObjectMode;
  this[kState] = flags;
  this.highWaterMark = options ?
    utils.getHighWaterMark((flags & kObjectMode) !== 0, options, 'writableHighWaterMark', isDuplex) :
    utils.getDefaultHighWaterMark(false);
  // decodeStrings: strings become Buffers before reaching _write.
  if (!options || options.decodeStrings !== false) this[kState] |= kDecodeStrings;
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;
  const enc = options ? options.defaultEncoding : null;
  if (enc == null || enc === 'utf8' || enc === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (Buffer.isEncoding(enc)) {
    this[kState] &= ~kDefaultUTF8Encoding;
    this[kDefaultEncodingValue] = enc;
  } else {
    throw thrown(codes.unknownEncoding(enc), 'node:internal/streams/writable', '    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);');
  }
  this.length = 0; // bytes (or objects) written but not yet acknowledged
  this.corked = 0;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writelen = 0;
  resetBuffer(this);
  this.pendingcb = 0; // callbacks still owed, 'finish' waits for 0
}

function resetBuffer(state) {
  state[kBufferedValue] = null;
  state.bufferedIndex = 0;
  state[kState] = (state[kState] | kAllBuffers | kAllNoop) & ~kBuffered;
}

Object.defineProperties(WritableState.prototype, {
  objectMode: flagProperty(kObjectMode),
  finalCalled: flagProperty(kFinalCalled),
  needDrain: flagProperty(kNeedDrain),
  ending: flagProperty(kEnding),
  ended: flagProperty(kEnded),
  finished: flagProperty(kFinished),
  destroyed: flagProperty(kDestroyed),
  decodeStrings: flagProperty(kDecodeStrings),
  writing: flagProperty(kWriting),
  sync: flagProperty(kSync),
  bufferProcessing: flagProperty(kBufferProcessing),
  constructed: flagProperty(kConstructed),
  prefinished: flagProperty(kPrefinished),
  errorEmitted: flagProperty(kErrorEmitted),
  emitClose: flagProperty(kEmitClose),
  autoDestroy: flagProperty(kAutoDestroy),
  closed: flagProperty(kClosed),
  closeEmitted: flagProperty(kCloseEmitted),
  allBuffers: flagProperty(kAllBuffers),
  allNoop: flagProperty(kAllNoop),
  errored: {
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kErrored) !== 0 ? this[kErroredValue] : null; },
    set(v) {
      if (v) {
        this[kErroredValue] = v;
        this[kState] |= kErrored;
      } else {
        this[kState] &= ~kErrored;
      }
    },
  },
  // undefined until set; Duplex({ writable: false }) sets it false.
  writable: {
    enumerable: false,
    configurable: true,
    get() {
      const s = this[kState];
      return (s & kHasWritable) !== 0 ? (s & kWritable) !== 0 : undefined;
    },
    set(v) {
      if (v == null) this[kState] &= ~(kHasWritable | kWritable);
      else if (v) this[kState] |= kHasWritable | kWritable;
      else this[kState] = (this[kState] | kHasWritable) & ~kWritable;
    },
  },
  defaultEncoding: {
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : this[kDefaultEncodingValue]; },
    set(v) {
      if (v === 'utf8' || v === 'utf-8') {
        this[kState] |= kDefaultUTF8Encoding;
      } else {
        this[kState] &= ~kDefaultUTF8Encoding;
        this[kDefaultEncodingValue] = v;
      }
    },
  },
  writecb: slotProperty(kWriteCb, kWriteCbValue, () => nop),
  afterWriteTickInfo: slotProperty(kAfterWriteTickInfo, kAfterWriteTickInfoValue, () => null),
  buffered: slotProperty(kBuffered, kBufferedValue, () => []),
});

WritableState.prototype.getBuffer = function getBuffer() {
  return (this[kState] & kBuffered) === 0 ? [] : this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  configurable: true,
  get() { return (this[kState] & kBuffered) === 0 ? 0 : this[kBufferedValue].length - this.bufferedIndex; },
});

WritableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if ((this[kState] & kWriting) === 0) clearBuffer(stream, this);
  if ((this[kState] & kEnding) !== 0) finishMaybe(stream, this);
};

function Writable(options) {
  if (!(this instanceof Writable)) return new Writable(options);
  this._events ??= { close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined };
  this._writableState = new WritableState(options, this, false);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) binding.load('abort').addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (this._construct != null) {
    destroyImpl.construct(this, () => { this._writableState[kOnConstructed](this); });
  }
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;

Writable.fromWeb = function(writableStream, options) {
  return binding.load('web').writableFromWeb(writableStream, options);
};

Writable.toWeb = function(streamWritable) {
  return binding.load('web').writableToWeb(streamWritable);
};

// A Duplex is a Writable too, though it inherits from Readable.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!object && object._writableState instanceof WritableState;
  },
  configurable: true,
});

Writable.prototype.pipe = function() {
  errorOrDestroy(this, codes.cannotPipe());
};

// write() and end(chunk): checks the chunk, then writes or buffers it.
// Returns true/false as write() does, or the error when the stream is
// already ending or destroyed.
function writeChunk(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (cb == null || typeof cb !== 'function') cb = nop;
  if (chunk === null) throw thrown(codes.nullValues(), 'node:internal/streams/writable', '    throw new ERR_STREAM_NULL_VALUES();');
  const flags = state[kState];
  if ((flags & kObjectMode) === 0) {
    if (!encoding) {
      encoding = (flags & kDefaultUTF8Encoding) !== 0 ? 'utf8' : state.defaultEncoding;
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw thrown(codes.unknownEncoding(encoding), 'node:internal/streams/writable', '      throw new ERR_UNKNOWN_ENCODING(encoding);');
    }
    if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (typeof chunk === 'string') {
      if ((flags & kDecodeStrings) !== 0) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw thrown(codes.badChunk(chunk), 'node:internal/streams/writable', '      throw new ERR_INVALID_ARG_TYPE(');
    }
  }
  let err;
  if ((flags & kEnding) !== 0) err = codes.writeAfterEnd();
  else if ((flags & kDestroyed) !== 0) err = codes.destroyed('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function(chunk, encoding, cb) {
  if (encoding != null && typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return writeChunk(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function() {
  const state = this._writableState;
  state[kState] |= kCorked;
  state.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.corked) state[kState] &= ~kCorked;
    if ((state[kState] & kWriting) === 0) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) {
    throw thrown(codes.unknownEncoding(encoding), 'node:internal/streams/writable', '    throw new ERR_UNKNOWN_ENCODING(encoding);');
  }
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  let flags = state[kState];
  const len = (flags & kObjectMode) !== 0 ? 1 : chunk.length;
  state.length += len;
  if ((flags & (kWriting | kErrored | kCorked | kConstructed)) !== kConstructed) {
    // Busy, corked, failed or not constructed yet: queue it.
    if ((flags & kBuffered) === 0) {
      flags |= kBuffered;
      state[kBufferedValue] = [];
    }
    state[kBufferedValue].push({ chunk, encoding, callback });
    if (encoding !== 'buffer') flags &= ~kAllBuffers;
    if (callback !== nop) flags &= ~kAllNoop;
    state[kState] = flags;
  } else {
    state.writelen = len;
    // The writecb accessor, spelled out: this runs for every chunk.
    if (callback !== nop) {
      state[kWriteCbValue] = callback;
      flags |= kWriteCb;
    }
    state[kState] = flags | kWriting | kSync | kExpectWriteCb;
    stream._write(chunk, encoding, state.onwrite);
    state[kState] &= ~kSync;
  }
  const ok = state.length < state.highWaterMark || state.length === 0;
  if (!ok) state[kState] |= kNeedDrain;
  return ok && (state[kState] & (kDestroyed | kErrored)) === 0;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  if (cb !== nop) {
    state[kWriteCbValue] = cb;
    state[kState] |= kWriteCb;
  }
  state[kState] |= kWriting | kSync | kExpectWriteCb;
  if ((state[kState] & kDestroyed) !== 0) state.onwrite(codes.destroyed('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state[kState] &= ~kSync;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

// The callback given to _write/_writev (bound to the stream).
function onwrite(stream, er) {
  const state = stream._writableState;
  let flags = state[kState];
  if ((flags & kExpectWriteCb) === 0) {
    errorOrDestroy(stream, codes.multipleCallback());
    return;
  }
  const sync = (flags & kSync) !== 0;
  const cb = (flags & kWriteCb) !== 0 ? state[kWriteCbValue] : nop;
  state[kWriteCbValue] = null;
  state[kState] = flags & ~(kWriting | kExpectWriteCb | kWriteCb);
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    void er.stack;
    if ((state[kState] & kErrored) === 0) {
      state[kErroredValue] = er;
      state[kState] |= kErrored;
    }
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }

  if ((state[kState] & kBuffered) !== 0) clearBuffer(stream, state);
  if (!sync) {
    afterWrite(stream, state, 1, cb);
    return;
  }
  // Completed inside _write: callbacks and 'drain' wait for the next tick,
  // and consecutive completions with the same callback share one tick.
  flags = state[kState];
  const needDrain = (flags & kNeedDrain) !== 0 && state.length === 0;
  // Node tests `state & kDestroyed !== 0`, which by precedence is the
  // objectMode bit; object-mode writes therefore always take the tick.
  const needTick = needDrain || (flags & kObjectMode) !== 0 || cb !== nop;
  if (cb === nop) {
    if ((flags & kAfterWritePending) === 0 && needTick) {
      process.nextTick(afterWrite, stream, state, 1, cb);
      state[kState] |= kAfterWritePending;
    } else {
      state.pendingcb--;
      if ((flags & kEnding) !== 0) finishMaybe(stream, state, true);
    }
  } else if ((flags & kAfterWriteTickInfo) !== 0 && state[kAfterWriteTickInfoValue].cb === cb) {
    state[kAfterWriteTickInfoValue].count++;
  } else if (needTick) {
    state[kAfterWriteTickInfoValue] = { count: 1, cb, stream, state };
    process.nextTick(afterWriteTick, state[kAfterWriteTickInfoValue]);
    state[kState] |= kAfterWritePending | kAfterWriteTickInfo;
  } else {
    state.pendingcb--;
    if ((flags & kEnding) !== 0) finishMaybe(stream, state, true);
  }
}

function afterWriteTick(info) {
  const state = info.state;
  state[kState] &= ~kAfterWriteTickInfo;
  state[kAfterWriteTickInfoValue] = null;
  afterWrite(info.stream, state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state[kState] &= ~kAfterWritePending;
  if ((state[kState] & (kEnding | kNeedDrain | kDestroyed)) === kNeedDrain && state.length === 0) {
    state[kState] &= ~kNeedDrain;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if ((state[kState] & kDestroyed) !== 0) errorBuffer(state);
  if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
}

// Fails every queued write and end() callback (after destroy or error).
function errorBuffer(state) {
  if ((state[kState] & kWriting) !== 0) return;
  if ((state[kState] & kBuffered) !== 0) {
    const buffered = state[kBufferedValue];
    for (let n = state.bufferedIndex; n < buffered.length; ++n) {
      const { chunk, callback } = buffered[n];
      state.length -= (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
      callback(state.errored ?? codes.destroyed('write'));
    }
  }
  callFinishedCallbacks(state, state.errored ?? codes.destroyed('end'));
  resetBuffer(state);
}

// Feeds queued writes to _writev in one batch, or to _write one at a time
// for as long as _write completes synchronously.
function clearBuffer(stream, state) {
  const flags = state[kState];
  if ((flags & (kDestroyed | kBufferProcessing | kCorked | kBuffered | kConstructed)) !==
      (kBuffered | kConstructed)) {
    return;
  }
  const objectMode = (flags & kObjectMode) !== 0;
  const buffered = state[kBufferedValue];
  const start = state.bufferedIndex;
  const count = buffered.length - start;
  if (!count) return;
  let i = start;
  state[kState] |= kBufferProcessing;
  if (count > 1 && stream._writev) {
    state.pendingcb -= count - 1;
    const allNoop = (flags & kAllNoop) !== 0;
    const callback = allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = (flags & kAllBuffers) !== 0;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      doWrite(stream, state, false, objectMode ? 1 : chunk.length, chunk, encoding, callback);
    } while (i < buffered.length && (state[kState] & kWriting) === 0);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state[kState] &= ~kBufferProcessing;
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw thrown(codes.notImplemented('_write()'), 'node:internal/streams/writable', "    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');");
};

Writable.prototype._writev = null;

// ---- finishing ----------------------------------------------------------------

// Ready for 'finish': ending, everything written, nothing failed.
function needFinish(state) {
  return (state[kState] & (kEnding | kDestroyed | kConstructed | kFinished | kWriting | kErrorEmitted |
    kCloseEmitted | kErrored | kBuffered)) === (kEnding | kConstructed) && state.length === 0;
}

function onFinal(stream, state, err) {
  if ((state[kState] & kPrefinished) !== 0) {
    errorOrDestroy(stream, err ?? codes.multipleCallback());
    return;
  }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, (state[kState] & kSync) !== 0);
  } else if (needFinish(state)) {
    state[kState] |= kPrefinished;
    stream.emit('prefinish');
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}

// Calls _final once (or emits 'prefinish' right away without one).
function prefinish(stream, state) {
  if ((state[kState] & (kPrefinished | kFinalCalled)) !== 0) return;
  if (typeof stream._final === 'function' && (state[kState] & kDestroyed) === 0) {
    state[kState] |= kFinalCalled | kSync;
    state.pendingcb++;
    try {
      stream._final((err) => onFinal(stream, state, err));
    } catch (err) {
      onFinal(stream, state, err);
    }
    state[kState] &= ~kSync;
  } else {
    state[kState] |= kFinalCalled | kPrefinished;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick(finishLater, stream, state);
  } else if (needFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finishLater(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state[kState] |= kFinished;
  callFinishedCallbacks(state, null);
  stream.emit('finish');
  if ((state[kState] & kAutoDestroy) !== 0) {
    // A Duplex is destroyed only once its readable side is done too.
    const r = stream._readableState;
    if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
  }
}

function callFinishedCallbacks(state, err) {
  if ((state[kState] & kOnFinished) === 0) return;
  const list = state[kOnFinishedValue];
  state[kOnFinishedValue] = null;
  state[kState] &= ~kOnFinished;
  for (let i = 0; i < list.length; i++) list[i](err);
}

module.exports = {
  Writable, WritableState, writeChunk, finishMaybe, errorBuffer, nop,
  bits: { kCorked, kEnding, kEnded, kErrored, kFinished, kNeedDrain, kOnFinished, kBuffered, kHasWritable, kWritable },
  kOnFinishedValue, kErroredValue,
};
