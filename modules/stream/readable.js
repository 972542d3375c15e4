'use strict';
// Readable: push()/unshift() into the buffer and read() out of it. The
// state is in readable_state.js; flowing mode, pipe() and the event hooks
// are in readable_flow.js.
// Hot paths read the flag word once and test bits, as the state is touched
// for every chunk.

const { Buffer } = require('buffer');
// string_decoder loads when a stream first decodes (setEncoding or the
// encoding option): most streams carry bytes.
const decoderFor = (enc) => new (require('string_decoder').StringDecoder)(enc);
const { Stream } = binding.load('legacy');
const utils = binding.load('utils');
const destroyImpl = binding.load('destroy');
const {
  kState, kObjectMode, kErrorEmitted, kAutoDestroy, kDestroyed, kCloseEmitted, kErrored, kConstructed,
  kOnConstructed, codes, errors, thrown,
} = utils;
const { errorOrDestroy } = destroyImpl;
const { queueTick, emitWith } = require('internal/fast_paths');

const FastBuffer = Buffer[Symbol.species];

const { ReadableState, kDecoderValue, bits } = binding.load('readable');
const {
  kEnded, kEndEmitted, kReading, kSync, kNeedReadable, kEmittedReadable, kMultiAwaitDrain,
  kReadingMore, kDataEmitted, kDecoder, kHasFlowing, kFlowing, kPaused, kDataListening,
} = bits;

ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if ((this[kState] & kNeedReadable) !== 0) maybeReadMore(stream, this);
};

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  // Pre-declared slots keep the listener table's shape stable.
  this._events ??= { close: undefined, error: undefined, data: undefined, end: undefined, readable: undefined };
  this._readableState = new ReadableState(options, this, false);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) binding.load('abort').addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (this._construct != null) {
    destroyImpl.construct(this, () => { this._readableState[kOnConstructed](this); });
  }
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

// A view of any typed array's bytes as a Buffer, without copying.
function toBuffer(view) {
  return new FastBuffer(view.buffer, view.byteOffset, view.byteLength);
}

Readable.prototype.push = function(chunk, encoding) {
  const state = this._readableState;
  if (chunk === null) {
    // The end, the same in either mode.
    const flags = state[kState];
    if ((flags & kReading) !== 0) state[kState] = flags & ~kReading;
    onEofChunk(this, state);
    return false;
  }
  return (state[kState] & kObjectMode) === 0 ?
    pushBytes(this, state, chunk, encoding) : pushObject(this, state, chunk, encoding);
};

Readable.prototype.unshift = function(chunk, encoding) {
  const state = this._readableState;
  return (state[kState] & kObjectMode) === 0 ?
    unshiftBytes(this, state, chunk, encoding) : unshiftObject(this, state, chunk);
};

// push() of a chunk (null, the end, is push's own).
function pushBytes(stream, state, chunk, encoding) {
  if (chunk instanceof Buffer) {
    encoding = '';
  } else if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    // A string already in the decoder's encoding is kept as it is.
    if (state.encoding !== encoding) {
      chunk = Buffer.from(chunk, encoding);
      encoding = '';
    }
  } else if (ArrayBuffer.isView(chunk)) {
    chunk = toBuffer(chunk);
    encoding = '';
  } else if (chunk !== undefined) {
    errorOrDestroy(stream, codes.badChunk(chunk));
    return false;
  }
  // A Buffer's length is a getter call here: read it once per chunk.
  let len = chunk === undefined ? 0 : chunk.length;
  if (len <= 0) {
    state[kState] &= ~kReading;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }
  const flags = state[kState];
  if ((flags & kEnded) !== 0) {
    errorOrDestroy(stream, codes.pushAfterEOF());
    return false;
  }
  if ((flags & (kDestroyed | kErrored)) !== 0) return false;
  state[kState] = flags & ~kReading;
  if ((flags & kDecoder) !== 0 && !encoding) {
    chunk = state[kDecoderValue].write(chunk);
    len = chunk.length;
    if (len === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false, len);
  return canPushMore(state);
}

function pushObject(stream, state, chunk, encoding) {
  const flags = state[kState];
  if ((flags & kEnded) !== 0) {
    errorOrDestroy(stream, codes.pushAfterEOF());
    return false;
  }
  if ((flags & (kDestroyed | kErrored)) !== 0) return false;
  state[kState] = flags & ~kReading;
  if ((flags & kDecoder) !== 0 && !encoding) chunk = state[kDecoderValue].write(chunk);
  addChunk(stream, state, chunk, false, 1);
  return canPushMore(state);
}

function unshiftBytes(stream, state, chunk, encoding) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    const stored = state.encoding;
    if (stored !== encoding) {
      // The buffer holds strings in the decoder's encoding once one is set.
      chunk = stored ? Buffer.from(chunk, encoding).toString(stored) : Buffer.from(chunk, encoding);
    }
  } else if (ArrayBuffer.isView(chunk)) {
    chunk = toBuffer(chunk);
  } else if (chunk !== undefined && !(chunk instanceof Buffer)) {
    errorOrDestroy(stream, codes.badChunk(chunk));
    return false;
  }
  if (!(chunk && chunk.length > 0)) return canPushMore(state);
  return unshiftValue(stream, state, chunk);
}

function unshiftObject(stream, state, chunk) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }
  return unshiftValue(stream, state, chunk);
}

function unshiftValue(stream, state, chunk) {
  const flags = state[kState];
  if ((flags & kEndEmitted) !== 0) errorOrDestroy(stream, codes.unshiftAfterEnd());
  else if ((flags & (kDestroyed | kErrored)) !== 0) return false;
  else addChunk(stream, state, chunk, true, (flags & kObjectMode) !== 0 ? 1 : chunk.length);
  return canPushMore(state);
}

// More is welcome below the mark, and always into an empty buffer (a
// highWaterMark of 0 must still let data through).
function canPushMore(state) {
  return (state[kState] & kEnded) === 0 && (state.length < state.highWaterMark || state.length === 0);
}

// len: the chunk's size in buffer units (1 in object mode).
function addChunk(stream, state, chunk, addToFront, len) {
  const flags = state[kState];
  if ((flags & (kFlowing | kSync | kDataListening)) === (kFlowing | kDataListening) && state.length === 0) {
    // Flowing with an empty buffer: hand the chunk straight over.
    if ((flags & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state[kState] = flags | kDataEmitted;
    emitWith(stream, 'data', 1, chunk);
  } else {
    state.length += len;
    if (!addToFront) state.buffer.push(chunk);
    else if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
    else state.buffer.unshift(chunk);
    if ((flags & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function() {
  const flags = this._readableState[kState];
  return (flags & kPaused) !== 0 || (flags & (kHasFlowing | kFlowing)) === kHasFlowing;
};

Readable.prototype.setEncoding = function(enc) {
  const state = this._readableState;
  const decoder = decoderFor(enc);
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // What is buffered already is decoded now.
  let text = '';
  const buf = state.buffer;
  for (let i = state.bufferIndex; i < buf.length; i++) text += decoder.write(buf[i]);
  buf.length = 0;
  state.bufferIndex = 0;
  if (text !== '') buf.push(text);
  state.length = text.length;
  return this;
};

const MAX_HWM = 0x40000000;

// read(n) beyond the mark raises it to the next power of two (up to 1GiB).
function raisedHighWaterMark(n) {
  if (n > MAX_HWM) {
    throw thrown(errors.outOfRange('size', '<= 1GiB', n), 'node:internal/streams/readable', "    throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);");
  }
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

// How much read(n) may return now.
function howMuchToRead(n, state) {
  const flags = state[kState];
  if (n <= 0 || (state.length === 0 && (flags & kEnded) !== 0)) return 0;
  if ((flags & kObjectMode) !== 0) return 1;
  if (n !== n) {
    // read() in flowing mode hands out one buffered chunk at a time.
    if ((flags & kFlowing) !== 0 && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return (flags & kEnded) !== 0 ? state.length : 0;
}

Readable.prototype.read = function(n) {
  const state = this._readableState;
  if (state.length === 0 && (n === undefined || n === 0) && (state[kState] & kEnded) !== 0) {
    // Nothing left and nothing more to come (a flowing stream's last reads,
    // several per ended stream): what the general path does, in short.
    const flags = state[kState];
    if (n === undefined && (flags & kEmittedReadable) !== 0) state[kState] = flags & ~kEmittedReadable;
    // endReadable's own test for a call while one is pending, without the
    // call (three of a request's four reads find one pending).
    if (state === endPendingState) {
      if ((flags & kEndEmitted) === 0) endCalledAgain = true;
    } else {
      endReadable(this);
    }
    return null;
  }
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = raisedHighWaterMark(n);
  // Flag words are boxed numbers in this engine: write only on change.
  let flags = state[kState];
  if (n !== 0 && (flags & kEmittedReadable) !== 0) state[kState] = flags &= ~kEmittedReadable;

  // read(0) only to get a 'readable' event, and enough is buffered for one.
  if (n === 0 && (flags & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       (flags & kEnded) !== 0)) {
    if (state.length === 0 && (flags & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);
  if (n === 0 && (flags & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask _read for more when the buffer would drop under the mark. _read may
  // push synchronously, so how much to return is worked out again after.
  let doRead = (flags & kNeedReadable) !== 0 || state.length === 0 ||
    state.length - n < state.highWaterMark;
  if ((flags & (kReading | kEnded | kDestroyed | kErrored | kConstructed)) !== kConstructed) {
    doRead = false;
  } else if (doRead) {
    flags |= kReading | kSync;
    if (state.length === 0) flags |= kNeedReadable;
    state[kState] = flags;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state[kState] &= ~kSync;
    if ((state[kState] & kReading) === 0) n = howMuchToRead(nOrig, state);
  }

  let ret = null;
  if (n > 0) ret = fromList(n, state);
  if (ret === null) {
    if (state.length <= state.highWaterMark) state[kState] |= kNeedReadable;
    n = 0;
  } else {
    state.length -= n;
    if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if ((state[kState] & kEnded) === 0) state[kState] |= kNeedReadable;
    // The last bytes were just taken after EOF: 'end' follows.
    else if (nOrig !== n) endReadable(this);
  }

  if (ret !== null && ((flags = state[kState]) & (kErrorEmitted | kCloseEmitted)) === 0) {
    if ((flags & kDataEmitted) === 0) state[kState] = flags | kDataEmitted;
    emitWith(this, 'data', 1, ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if ((state[kState] & kEnded) !== 0) return;
  if ((state[kState] & kDecoder) !== 0) {
    const rest = state[kDecoderValue].end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += (state[kState] & kObjectMode) !== 0 ? 1 : rest.length;
    }
  }
  state[kState] |= kEnded;
  if ((state[kState] & kSync) !== 0) {
    // Pushed from inside _read: tell the reader on the next tick.
    emitReadable(stream);
  } else {
    state[kState] = (state[kState] & ~kNeedReadable) | kEmittedReadable;
    emitReadableNow(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  const flags = state[kState] & ~kNeedReadable;
  if ((flags & kEmittedReadable) === 0) {
    state[kState] = flags | kEmittedReadable;
    queueTick(emitReadableNow, 1, stream);
  } else {
    state[kState] = flags;
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if ((state[kState] & (kDestroyed | kErrored)) === 0 && (state.length || (state[kState] & kEnded) !== 0)) {
    emitWith(stream, 'readable', 0);
    state[kState] &= ~kEmittedReadable;
  }
  // Another 'readable' is wanted only in paused mode with room to fill.
  const flags = state[kState];
  if ((flags & (kFlowing | kEnded)) === 0 && state.length <= state.highWaterMark) {
    state[kState] = flags | kNeedReadable;
  }
  flow(stream);
}

// Fill the buffer up to the mark on a later tick, one read(0) at a time,
// while _read answers synchronously.
function maybeReadMore(stream, state) {
  const flags = state[kState];
  if ((flags & (kReadingMore | kConstructed)) === kConstructed) {
    state[kState] = flags | kReadingMore;
    queueTick(readMore, 2, stream, state);
  }
}

function readMore(stream, state) {
  while ((state[kState] & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark || ((state[kState] & kFlowing) !== 0 && state.length === 0))) {
    const before = state.length;
    stream.read(0);
    if (before === state.length) break;
  }
  state[kState] &= ~kReadingMore;
}

function flow(stream) {
  const state = stream._readableState;
  while ((state[kState] & kFlowing) !== 0 && stream.read() !== null);
}

Readable.prototype._read = function(n) {
  throw codes.notImplemented('_read()');
};

// Takes n units off the front of the buffer (the caller fixes length).
function fromList(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  const end = buf.length;
  const flags = state[kState];
  let idx = state.bufferIndex;
  let ret;
  if ((flags & kObjectMode) !== 0) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    // Everything.
    if ((flags & kDecoder) !== 0) {
      ret = '';
      while (idx < end) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (end - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else if (end === idx) {
      ret = Buffer.alloc(0);
    } else {
      ret = Buffer.allocUnsafe(state.length);
      let at = 0;
      while (idx < end) {
        const b = buf[idx];
        ret.set(b, at);
        at += b.length;
        buf[idx++] = null;
      }
    }
  } else {
    const head = buf[idx];
    const headLen = head.length;
    if (n === headLen) {
      ret = head;
      buf[idx++] = null;
    } else if (n < headLen) {
      ret = head.slice(0, n);
      buf[idx] = head.slice(n);
    } else if ((flags & kDecoder) !== 0) {
      ret = '';
      while (idx < end) {
        const str = buf[idx];
        if (n > str.length) {
          ret += str;
          n -= str.length;
          buf[idx++] = null;
        } else {
          // Node compares with the number of buffered entries here, which
          // can leave an empty string behind; kept for identical reads.
          if (n === buf.length) {
            ret += str;
            buf[idx++] = null;
          } else {
            ret += str.slice(0, n);
            buf[idx] = str.slice(n);
          }
          break;
        }
      }
    } else {
      ret = Buffer.allocUnsafe(n);
      const total = n;
      while (idx < end) {
        const b = buf[idx];
        if (n > b.length) {
          ret.set(b, total - n);
          n -= b.length;
          buf[idx++] = null;
        } else {
          if (n === b.length) {
            ret.set(b, total - n);
            buf[idx++] = null;
          } else {
            ret.set(new FastBuffer(b.buffer, b.byteOffset, n), total - n);
            buf[idx] = new FastBuffer(b.buffer, b.byteOffset + n, b.length - n);
          }
          break;
        }
      }
    }
  }
  if (idx === end) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    buf.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}
Readable._fromList = fromList;

// The state whose endReadableNT was queued last and has not run yet, and
// whether endReadable was called for it again meanwhile. Node queues one
// tick per call (a request's body ends with four); all but the first find
// 'end' emitted and do nothing, so while one is pending no other is queued.
// Kept here, not in the state, as the state's own keys show in inspect().
let endPendingState = null;
let endCalledAgain = false;

function endReadable(stream) {
  const state = stream._readableState;
  const flags = state[kState];
  if ((flags & kEndEmitted) === 0) {
    // Flag words are boxed: written only when they change.
    if ((flags & kEnded) === 0) state[kState] = flags | kEnded;
    if (state === endPendingState) {
      endCalledAgain = true;
      return;
    }
    endPendingState = state;
    endCalledAgain = false;
    queueTick(endReadableNT, 2, state, stream);
  }
}

function endReadableNT(state, stream) {
  let again = false;
  if (state === endPendingState) {
    again = endCalledAgain;
    endPendingState = null;
  }
  if ((state[kState] & (kErrored | kCloseEmitted | kEndEmitted)) !== 0) return;
  if (state.length !== 0) {
    // Unshifted after the end: the ticks not queued might have found the
    // buffer read empty; one takes their place.
    if (again) endReadable(stream);
    return;
  }
  state[kState] |= kEndEmitted;
  emitWith(stream, 'end', 0);
  if (stream.writable && stream.allowHalfOpen === false) {
    process.nextTick(endWritableNT, stream);
  } else if ((state[kState] & kAutoDestroy) !== 0) {
    // A Duplex is destroyed only once its writable side is done too.
    const w = stream._writableState;
    if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

module.exports = { Readable, emitReadable, maybeReadMore, flow, toBuffer };
