'use strict';
// destroy(), async construction and error routing shared by every stream
// class. 'error' and 'close' are always emitted on a later tick, error
// first, at most once each.

const utils = binding.load('utils');
const { queueTick, emitWith } = require('internal/fast_paths');
const {
  kState, kDestroyed, kConstructed, kErrored, kErrorEmitted, kClosed, kCloseEmitted,
  kEmitClose, kAutoDestroy, kIsDestroyed, codes, aggregateTwoErrors, errors,
} = utils;

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

// Whether either state (each may be missing) has bit set.
function either(a, b, bit) {
  return (a != null && (a[kState] & bit) !== 0) || (b != null && (b[kState] & bit) !== 0);
}

// The first error a stream meets is the one it keeps.
function recordError(err, w, r) {
  if (!err) return;
  void err.stack; // capture the stack now, as V8 would have
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  if (either(w, r, kDestroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  if (err) recordError(err, w, r);
  if (w) w[kState] |= kDestroyed;
  if (r) r[kState] |= kDestroyed;
  const s = w || r;
  if ((s[kState] & kConstructed) === 0) {
    // Wait for _construct to settle; its error joins ours.
    this.once(kDestroy, function(er) {
      runDestroy(this, aggregateTwoErrors(er, err), cb);
    });
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(stream, err, cb) {
  let called = false;
  const done = (er) => {
    if (called) return;
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    if (er) recordError(er, w, r);
    if (w) w[kState] |= kClosed;
    if (r) r[kState] |= kClosed;
    if (typeof cb === 'function') cb(er);
    if (er) queueTick(emitErrorCloseNT, 2, stream, er);
    else queueTick(emitCloseNT, 1, stream);
  };
  try {
    stream._destroy(err || null, done);
  } catch (e) {
    done(e);
  }
}

function emitErrorCloseNT(stream, err) {
  emitErrorNT(stream, err);
  emitCloseNT(stream);
}

function emitCloseNT(stream) {
  const r = stream._readableState;
  const w = stream._writableState;
  if (w) w[kState] |= kCloseEmitted;
  if (r) r[kState] |= kCloseEmitted;
  if (either(w, r, kEmitClose)) emitWith(stream, 'close', 0);
}

function emitErrorNT(stream, err) {
  const r = stream._readableState;
  const w = stream._writableState;
  if (either(w, r, kErrorEmitted)) return;
  if (w) w[kState] |= kErrorEmitted;
  if (r) r[kState] |= kErrorEmitted;
  stream.emit('error', err);
}

// _undestroy: back to a fresh state (net sockets reuse themselves).
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// An internal failure: destroy the stream when it destroys itself on
// errors (the default), else just record and emit the error.
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && (w[kState] !== undefined ? (w[kState] & kDestroyed) !== 0 : w.destroyed)) ||
      (r && (r[kState] !== undefined ? (r[kState] & kDestroyed) !== 0 : r.destroyed))) {
    return;
  }
  if (either(r, w, kAutoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    void err.stack;
    if (w && (w[kState] & kErrored) === 0) w.errored = err;
    if (r && (r[kState] & kErrored) === 0) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// Runs stream._construct on the next tick; until its callback has been
// called (and one more tick has passed) reads, writes and destroy wait.
// cb runs once it succeeded. A Duplex registers twice but constructs once.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r[kState] &= ~kConstructed;
  if (w) w[kState] &= ~kConstructed;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(startConstruct, stream);
}

function startConstruct(stream) {
  let called = false;
  function settled(err) {
    if (called) {
      errorOrDestroy(stream, err ?? codes.multipleCallback());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    if (r) r[kState] |= kConstructed;
    if (w) w[kState] |= kConstructed;
    if ((w || r).destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => { process.nextTick(settled, err); });
  } catch (err) {
    process.nextTick(settled, err);
  }
}

function isRequest(stream) {
  return stream && stream.setHeader && typeof stream.abort === 'function';
}

function emitCloseLegacy(stream) {
  stream.emit('close');
}

function emitErrorCloseLegacy(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitCloseLegacy, stream);
}

// stream.destroy(stream, err) and pipeline's teardown: destroy anything
// stream-like; an unfinished stream destroyed without a reason is aborted.
function destroyer(stream, err) {
  if (!stream || utils.isDestroyed(stream)) return;
  if (!err && !utils.isFinished(stream)) err = new errors.AbortError();
  if (utils.isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitErrorCloseLegacy, stream, err);
  } else {
    process.nextTick(emitCloseLegacy, stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = { destroy, undestroy, errorOrDestroy, construct, destroyer, kDestroy, kConstruct };
