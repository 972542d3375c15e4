'use strict';
// Readable, continued: flowing and paused mode, the listener hooks that
// switch between them, pipe() (its work in readable_pipe.js) and unpipe(),
// and wrap().

const { Stream } = binding.load('legacy');
const { kState } = binding.load('utils');
const { errorOrDestroy } = binding.load('destroy');
const { queueTick, emitWith } = require('internal/fast_paths');
const { Readable, emitReadable, flow, bits } = binding.load('readable');
const {
  kEndEmitted, kReading, kNeedReadable, kEmittedReadable, kReadableListening, kResumeScheduled,
  kHasFlowing, kFlowing, kHasPaused, kPaused, kDataListening,
} = bits;

// pipe() itself is in readable_pipe.js, compiled on a program's first pipe().
Readable.prototype.pipe = function(dest, pipeOpts) {
  return Reflect.apply(binding.load('pipe').pipe, this, arguments);
};

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const at = state.pipes.indexOf(dest);
  if (at === -1) return this;
  state.pipes.splice(at, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// A 'data' listener starts the flow unless someone paused explicitly; a
// 'readable' listener switches to paused mode and takes precedence.
Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state[kState] |= kDataListening;
    if (this.listenerCount('readable') > 0) state[kState] |= kReadableListening;
    if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) this.resume();
  } else if (ev === 'readable') {
    const flags = state[kState];
    if ((flags & (kEndEmitted | kReadableListening)) === 0) {
      state[kState] = (flags | kReadableListening | kNeedReadable | kHasFlowing) & ~(kFlowing | kEmittedReadable);
      if (state.length) emitReadable(this);
      else if ((flags & kReading) === 0) process.nextTick(readZero, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const state = this._readableState;
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') {
    process.nextTick(updateReadableListening, this);
  } else if (ev === 'data' && this.listenerCount('data') === 0) {
    state[kState] &= ~kDataListening;
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

// Whether an event was named at all counts (see events); a rest parameter
// costs goja less than arguments.
Readable.prototype.removeAllListeners = function(...given) {
  const ev = given[0];
  const res = given.length === 0 ? Stream.prototype.removeAllListeners.call(this) :
    Stream.prototype.removeAllListeners.call(this, ev);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};
Object.defineProperty(Readable.prototype.removeAllListeners, 'length', { value: 1 });

// After 'readable' listeners went away: resume if 'data' listeners remain
// (or a resume was scheduled), else forget the mode.
function updateReadableListening(stream) {
  const state = stream._readableState;
  if (stream.listenerCount('readable') > 0) state[kState] |= kReadableListening;
  else state[kState] &= ~kReadableListening;
  const flags = state[kState];
  if ((flags & (kHasPaused | kPaused | kResumeScheduled)) === (kHasPaused | kResumeScheduled)) {
    state[kState] = flags | kHasFlowing | kFlowing;
  } else if ((flags & kDataListening) !== 0) {
    stream.resume();
  } else if ((flags & kReadableListening) === 0) {
    state[kState] = flags & ~(kHasFlowing | kFlowing);
  }
}

function readZero(stream) {
  stream.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  let flags = state[kState];
  if ((flags & kFlowing) === 0) {
    // With a 'readable' listener the stream only leaves "no mode" behind.
    flags |= kHasFlowing;
    if ((flags & kReadableListening) === 0) flags |= kFlowing;
    else flags &= ~kFlowing;
    state[kState] = flags;
    if ((flags & kResumeScheduled) === 0) {
      state[kState] |= kResumeScheduled;
      queueTick(resumeNT, 2, this, state);
    }
  }
  // A flowing stream resumed again (an http socket, once a request) only
  // rewrites its flag word if that changes it.
  const next = (state[kState] | kHasPaused) & ~kPaused;
  if (next !== state[kState]) state[kState] = next;
  return this;
};

function resumeNT(stream, state) {
  if ((state[kState] & kReading) === 0) stream.read(0);
  state[kState] &= ~kResumeScheduled;
  emitWith(stream, 'resume', 0);
  flow(stream);
  if ((state[kState] & (kFlowing | kReading)) === kFlowing) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) {
    state[kState] = (state[kState] | kHasFlowing) & ~kFlowing;
    emitWith(this, 'pause', 0);
  }
  state[kState] |= kHasPaused | kPaused;
  return this;
};

// wrap(): a Readable over an old-style stream that only emits 'data'.
Readable.prototype.wrap = function(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  // Methods of the old stream show through, except the first key's.
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const k = keys[j];
    if (this[k] === undefined && typeof stream[k] === 'function') this[k] = stream[k].bind(stream);
  }
  return this;
};

module.exports = {};
