'use strict';
// ReadableState: the flag word (bit positions as in Node, since they show
// in util.inspect), the buffer and the accessors over both.

const { Buffer } = require('buffer');
// string_decoder loads when a stream first decodes (setEncoding or the
// encoding option): most streams carry bytes.
const decoderFor = (enc) => new (require('string_decoder').StringDecoder)(enc);
const utils = binding.load('utils');
const {
  kState, kObjectMode, kErrorEmitted, kAutoDestroy, kEmitClose, kDestroyed, kClosed,
  kCloseEmitted, kErrored, kConstructed, flagProperty, codes, thrown,
} = utils;

const kEnded = 1 << 9;
const kEndEmitted = 1 << 10;
const kReading = 1 << 11;
const kSync = 1 << 12;
const kNeedReadable = 1 << 13;
const kEmittedReadable = 1 << 14;
const kReadableListening = 1 << 15;
const kResumeScheduled = 1 << 16;
const kMultiAwaitDrain = 1 << 17;
const kReadingMore = 1 << 18;
const kDataEmitted = 1 << 19;
const kDefaultUTF8Encoding = 1 << 20;
const kDecoder = 1 << 21;
const kEncoding = 1 << 22;
const kHasFlowing = 1 << 23;
const kFlowing = 1 << 24;
const kHasPaused = 1 << 25;
const kPaused = 1 << 26;
const kDataListening = 1 << 27;

const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');

// A property stored beside a presence bit: null while the bit is clear.
function valueProperty(bit, key) {
  return {
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & bit) !== 0 ? this[key] : null; },
    set(v) {
      if (v) {
        this[key] = v;
        this[kState] |= bit;
      } else {
        this[kState] &= ~bit;
      }
    },
  };
}

function ReadableState(options, stream, isDuplex) {
  if (options === undefined) {
    // No options (most internal streams): the defaults, in the same order.
    this[kState] = kEmitClose | kAutoDestroy | kConstructed | kSync | kDefaultUTF8Encoding;
    this.highWaterMark = utils.getDefaultHighWaterMark(false);
    this.buffer = [];
    this.bufferIndex = 0;
    this.length = 0;
    this.pipes = [];
    this.awaitDrainWriters = null;
    return;
  }
  let flags = kEmitClose | kAutoDestroy | kConstructed | kSync;
  if (options && (options.objectMode || (isDuplex && options.readableObjectMode))) flags |= kObjectMode;
  this[kState] = flags;
  this.highWaterMark = options ?
    utils.getHighWaterMark((flags & kObjectMode) !== 0, options, 'readableHighWaterMark', isDuplex) :
    utils.getDefaultHighWaterMark(false);
  // Chunks live in buffer[bufferIndex..]; consumed slots are nulled.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;
  const enc = options ? options.defaultEncoding : undefined;
  if (enc == null || enc === 'utf8' || enc === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (Buffer.isEncoding(enc)) {
    this.defaultEncoding = enc;
  } else {
    throw thrown(codes.unknownEncoding(enc), 'node:internal/streams/readable', '    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);');
  }
  // The piped destinations waiting for 'drain': null, one, or a Set.
  this.awaitDrainWriters = null;
  if (options && options.encoding) {
    this.decoder = decoderFor(options.encoding);
    this.encoding = options.encoding;
  }
}

Object.defineProperties(ReadableState.prototype, {
  objectMode: flagProperty(kObjectMode),
  ended: flagProperty(kEnded),
  endEmitted: flagProperty(kEndEmitted),
  reading: flagProperty(kReading),
  constructed: flagProperty(kConstructed),
  sync: flagProperty(kSync),
  needReadable: flagProperty(kNeedReadable),
  emittedReadable: flagProperty(kEmittedReadable),
  readableListening: flagProperty(kReadableListening),
  resumeScheduled: flagProperty(kResumeScheduled),
  errorEmitted: flagProperty(kErrorEmitted),
  emitClose: flagProperty(kEmitClose),
  autoDestroy: flagProperty(kAutoDestroy),
  destroyed: flagProperty(kDestroyed),
  closed: flagProperty(kClosed),
  closeEmitted: flagProperty(kCloseEmitted),
  multiAwaitDrain: flagProperty(kMultiAwaitDrain),
  readingMore: flagProperty(kReadingMore),
  dataEmitted: flagProperty(kDataEmitted),
  errored: valueProperty(kErrored, kErroredValue),
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
  decoder: valueProperty(kDecoder, kDecoderValue),
  encoding: valueProperty(kEncoding, kEncodingValue),
  // null until someone chose a mode; then true (flowing) or false (paused).
  flowing: {
    enumerable: false,
    configurable: true,
    get() {
      const s = this[kState];
      return (s & kHasFlowing) !== 0 ? (s & kFlowing) !== 0 : null;
    },
    set(v) {
      if (v == null) this[kState] &= ~(kHasFlowing | kFlowing);
      else if (v) this[kState] |= kHasFlowing | kFlowing;
      else this[kState] = (this[kState] | kHasFlowing) & ~kFlowing;
    },
  },
  pipesCount: {
    configurable: true,
    get() { return this.pipes.length; },
  },
  paused: {
    configurable: true,
    get() { return (this[kState] & kPaused) !== 0; },
    set(v) {
      this[kState] |= kHasPaused;
      if (v) this[kState] |= kPaused;
      else this[kState] &= ~kPaused;
    },
  },
});

module.exports = {
  ReadableState, kDecoderValue,
  bits: {
    kEnded, kEndEmitted, kReading, kSync, kNeedReadable, kEmittedReadable, kReadableListening,
    kResumeScheduled, kMultiAwaitDrain, kReadingMore, kDataEmitted, kDefaultUTF8Encoding, kDecoder,
    kEncoding, kHasFlowing, kFlowing, kHasPaused, kPaused, kDataListening,
  },
};
