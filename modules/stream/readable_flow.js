'use strict';
// Readable, continued: flowing and paused mode, the listener hooks that
// switch between them, pipe()/unpipe() with backpressure, and wrap().

const { prependListener } = binding.load('legacy');
const { Stream } = binding.load('legacy');
const { kState } = binding.load('utils');
const { errorOrDestroy } = binding.load('destroy');
const { queueTick, emitWith } = require('internal/fast_paths');
const { Readable, emitReadable, flow, bits } = binding.load('readable');
const {
  kEndEmitted, kReading, kNeedReadable, kEmittedReadable, kReadableListening, kResumeScheduled,
  kMultiAwaitDrain, kHasFlowing, kFlowing, kHasPaused, kPaused, kDataListening,
} = bits;

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;
  if (state.pipes.length === 1 && (state[kState] & kMultiAwaitDrain) === 0) {
    // A second destination: track every full one in a set.
    state[kState] |= kMultiAwaitDrain;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if ((state[kState] & kEndEmitted) !== 0) process.nextTick(endFn);
  else src.once('end', endFn);

  let ondrain;
  let cleanedUp = false;

  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() {
    dest.end();
  }
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A destination still owing a 'drain' must not keep the source paused.
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }
  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state[kState] &= ~kMultiAwaitDrain;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = drainHandler(src, dest);
      dest.on('drain', ondrain);
    }
  }
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  function unpipe() {
    src.unpipe(dest);
  }

  dest.on('unpipe', onunpipe);
  src.on('data', ondata);
  prependListener(dest, 'error', onerror);
  dest.once('close', onclose);
  dest.once('finish', onfinish);
  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if ((state[kState] & kFlowing) === 0) src.resume();
  return dest;
};

function drainHandler(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        (state[kState] & kDataListening) !== 0) {
      src.resume();
    }
  };
}

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
