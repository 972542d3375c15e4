'use strict';
// Writable, continued: end(), destroy() and the public writable*
// properties.

const EE = require('events');
const utils = binding.load('utils');
const { kState, kDestroyed, kClosed, kObjectMode, codes, errors } = utils;
const destroyImpl = binding.load('destroy');
const { Writable, writeChunk, finishMaybe, errorBuffer, bits, kOnFinishedValue, kErroredValue } = binding.load('writable');
const {
  kCorked, kEnding, kEnded, kErrored, kFinished, kNeedDrain, kOnFinished, kBuffered, kHasWritable, kWritable,
} = bits;

Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  let err;
  if (chunk != null) {
    const ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  // end() releases every cork at once.
  if ((state[kState] & kCorked) !== 0) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // Reported through cb below.
  } else if ((state[kState] & (kEnding | kErrored)) === 0) {
    state[kState] |= kEnding;
    finishMaybe(this, state, true);
    state[kState] |= kEnded;
  } else if ((state[kState] & kFinished) !== 0) {
    err = codes.alreadyFinished('end');
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = codes.destroyed('end');
  }
  if (typeof cb === 'function') {
    if (err) {
      process.nextTick(cb, err);
    } else if ((state[kState] & kErrored) !== 0) {
      process.nextTick(cb, state[kErroredValue]);
    } else if ((state[kState] & kFinished) !== 0) {
      process.nextTick(cb, null);
    } else {
      state[kState] |= kOnFinished;
      state[kOnFinishedValue] ??= [];
      state[kOnFinishedValue].push(cb);
    }
  }
  return this;
};

function flagGetter(bit) {
  return {
    get() {
      const w = this._writableState;
      return w ? (w[kState] & bit) !== 0 : false;
    },
  };
}

Object.defineProperties(Writable.prototype, {
  closed: flagGetter(kClosed),
  destroyed: {
    get() {
      const w = this._writableState;
      return w ? (w[kState] & kDestroyed) !== 0 : false;
    },
    set(v) {
      const w = this._writableState;
      if (!w) return;
      if (v) w[kState] |= kDestroyed;
      else w[kState] &= ~kDestroyed;
    },
  },
  writable: {
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && (w[kState] & (kEnding | kEnded | kDestroyed | kErrored)) === 0;
    },
    set(v) {
      if (this._writableState) this._writableState.writable = !!v;
    },
  },
  writableFinished: flagGetter(kFinished),
  writableObjectMode: flagGetter(kObjectMode),
  writableBuffer: {
    get() {
      const w = this._writableState;
      return w && w.getBuffer();
    },
  },
  writableEnded: flagGetter(kEnding),
  writableNeedDrain: {
    get() {
      const w = this._writableState;
      return w ? (w[kState] & (kDestroyed | kEnding | kNeedDrain)) === kNeedDrain : false;
    },
  },
  writableHighWaterMark: {
    get() {
      const w = this._writableState;
      return w && w.highWaterMark;
    },
  },
  writableCorked: {
    get() {
      const w = this._writableState;
      return w ? w.corked : 0;
    },
  },
  writableLength: {
    get() {
      const w = this._writableState;
      return w && w.length;
    },
  },
  errored: {
    get() {
      const w = this._writableState;
      return w ? w.errored : null;
    },
  },
  writableAborted: {
    get() {
      const s = this._writableState[kState];
      return (s & (kHasWritable | kWritable)) !== kHasWritable && (s & (kDestroyed | kErrored)) !== 0 &&
        (s & kFinished) === 0;
    },
  },
});

const destroy = destroyImpl.destroy;
Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  // Queued writes and end() callbacks fail on the next tick.
  if ((state[kState] & (kBuffered | kOnFinished)) !== 0 && (state[kState] & kDestroyed) === 0) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) {
  cb(err);
};
Writable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

if (typeof Symbol.asyncDispose === 'symbol') {
  Writable.prototype[Symbol.asyncDispose] = function() {
    let error;
    if (!this.destroyed) {
      error = this.writableFinished ? null : new errors.AbortError();
      this.destroy(error);
    }
    const { eos } = binding.load('eos');
    return new Promise((resolve, reject) =>
      eos(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null))));
  };
}

module.exports = {};
