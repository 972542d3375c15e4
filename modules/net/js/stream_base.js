'use strict';
// What a stream over a handle does with it: the handle's onread and
// onwrite callbacks, dispatching writes, and socket timeouts. The handle
// calls onread(nread, buffer) and onwrite(req, status) with itself as
// `this`; the stream is handle[owner_symbol].

const { Buffer } = require('buffer');
const { validateFunction, validateNumber, outOfRange } = require('internal/errors');
const { clearTimeout, setTimeout } = require('timers');
const { errnoException } = binding.load('errors');

// Shared with cluster, which finds a server through its handle.
const owner_symbol = Symbol.for('gocluster.owner_symbol');
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kHandle = Symbol('kHandle');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kBufferGen = Symbol('kBufferGen');
const kTimeout = Symbol('timeout');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kTimeoutFired = Symbol('timeoutFired');

const UV_EOF = -4095;
const TIMEOUT_MAX = 2 ** 31 - 1;

// Only a socket with a timeout (or a parent's) has a timer to push back.
function updateTimer(stream) {
  if (stream[kTimeout] || stream._parent) stream[kUpdateTimer]();
}

function onStreamRead(nread, buf) {
  const stream = this[owner_symbol];
  updateTimer(stream);
  if (nread > 0 && !stream.destroyed) {
    const ok = stream[kBuffer] ? deliverToUserBuffer(stream, buf) : stream.push(buf);
    if (!ok) {
      this.reading = false;
      if (!stream.destroyed) {
        const err = this.readStop();
        if (err) stream.destroy(errnoException(err, 'read'));
      }
    }
    return;
  }
  if (nread === 0 || nread > 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }
  // No more data: end the readable side once what is buffered is read.
  if (!stream._readableState.endEmitted) {
    stream.push(null);
    stream.read(0);
  }
}

// The onread option: the handle reads at most the user buffer's length,
// the chunk goes into that buffer and to the callback (false stops
// reading); a generator gives the buffer for the next read.
function deliverToUserBuffer(stream, data) {
  const target = stream[kBuffer];
  if (target instanceof Buffer) data.copy(target, 0, 0, data.length);
  else target.set(data, 0);
  const ok = stream[kBufferCb](data.length, target) !== false;
  const gen = stream[kBufferGen];
  if (gen !== null) {
    const next = gen();
    if (next instanceof Uint8Array) {
      stream[kBuffer] = next;
      if (stream[kHandle]) stream[kHandle].useUserBuffer(next);
    }
  }
  return ok;
}

// A write request that is an object (one written past the stream, as
// http's messages are) is told through its kOnWriteDone method.
const kOnWriteDone = Symbol.for('gocluster.net.onWriteDone');

function completeWrite(req, err) {
  if (typeof req === 'function') req(err);
  else if (req !== null && typeof req === 'object') req[kOnWriteDone](err);
}

// The handle's onwrite: a write that went to the background is done.
// req is the stream's write callback.
function onWriteComplete(req, status) {
  const stream = this[owner_symbol];
  if (stream.destroyed) {
    completeWrite(req, null);
    return;
  }
  if (status < 0) {
    const ex = errnoException(status, 'write');
    if (typeof req === 'function' || (req !== null && typeof req === 'object')) completeWrite(req, ex);
    else stream.destroy(ex);
    return;
  }
  updateTimer(stream);
  stream[kAfterAsyncWrite]();
  completeWrite(req, null);
}

// A write the handle took: cb now when the kernel took it all, or from
// onwrite later. Reports whether the write went to the background.
function afterWriteDispatched(stream, handle, r, cb) {
  if (r < 0) {
    cb(errnoException(r, 'write'));
    return false;
  }
  if (r === 1) {
    cb();
    return false;
  }
  stream[kLastWriteQueueSize] = handle.writeQueueSize;
  return true;
}

function writeGeneric(stream, data, encoding, cb) {
  const handle = stream[kHandle];
  const r = encoding === 'buffer' || typeof data !== 'string' ?
    handle.writeBuffer(data, cb) :
    handle.writeString(data, encoding, cb);
  return afterWriteDispatched(stream, handle, r, cb);
}

// Several buffered writes (after cork, or while one was in flight) go to
// the handle as one.
function writevGeneric(stream, data, cb) {
  const handle = stream[kHandle];
  const allBuffers = data.allBuffers;
  let chunks;
  if (allBuffers) {
    chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) chunks[i] = data[i].chunk;
  } else {
    chunks = new Array(data.length * 2);
    for (let i = 0; i < data.length; i++) {
      chunks[i * 2] = data[i].chunk;
      chunks[i * 2 + 1] = data[i].encoding;
    }
  }
  const r = handle.writev(chunks, allBuffers, cb);
  return afterWriteDispatched(stream, handle, r, cb);
}

// socket.setTimeout(msecs[, callback]): 'timeout' after msecs of no
// activity; the timer does not keep the process alive.
function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  if (typeof msecs !== 'number') validateNumber(msecs, 'msecs');
  if (!(msecs >= 0 && msecs < Infinity)) {
    throw outOfRange('msecs', 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    msecs = TIMEOUT_MAX;
  }
  const handle = this[kHandle];
  const timer = this[kTimeout];
  if (handle != null && (timer === handle || timer === null) && typeof handle.setIdleTimeout === 'function') {
    // The handle keeps the timeout, or will: what stopTimer and startTimer
    // would do, without their calls (keep-alive sets it twice a request).
    handle.setIdleTimeout(msecs);
    this[kTimeout] = msecs === 0 ? null : handle;
  } else {
    // A handle's timer is re-armed in place; anything else is stopped.
    if (msecs === 0 || timer !== handle) stopTimer(this);
    if (msecs === 0) this[kTimeout] = null;
    else startTimer(this, msecs);
  }
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    if (msecs === 0) this.removeListener('timeout', callback);
    else this.once('timeout', callback);
  }
  return this;
}

// A socket with a handle keeps its timeout in the handle (Go), where
// activity costs no timer work; kTimeout then holds the handle. Without a
// handle (not connected yet) it is a JS timer.
function startTimer(stream, msecs) {
  const handle = stream[kHandle];
  if (handle && typeof handle.setIdleTimeout === 'function') {
    handle.setIdleTimeout(msecs);
    stream[kTimeout] = handle;
    return;
  }
  stream[kTimeout] = setTimeout(onTimeoutTimer, msecs, stream).unref();
  stream[kTimeoutFired] = false;
}

function stopTimer(stream) {
  const timer = stream[kTimeout];
  if (!timer) return;
  if (typeof timer.setIdleTimeout === 'function') timer.setIdleTimeout(0);
  else clearTimeout(timer);
}

function onTimeoutTimer(stream) {
  stream[kTimeoutFired] = true;
  stream._onTimeout();
}

// The handle's ontimeout.
function onHandleTimeout() {
  const stream = this[owner_symbol];
  if (stream && stream[kTimeout] === this) stream._onTimeout();
}

// Activity pushes a socket's timeout back; one that fired starts again
// (a fired timer's refresh() does not re-arm it here, as it does in Node).
function refreshTimer(stream) {
  const timer = stream[kTimeout];
  if (!timer) return;
  if (typeof timer.touchIdle === 'function') timer.touchIdle();
  else if (stream[kTimeoutFired]) startTimer(stream, timer._idleTimeout);
  else timer.refresh();
}

// A socket's new handle (a connection attempt after the first) takes over
// the timeout the old one kept.
function moveTimer(stream, oldHandle) {
  if (oldHandle && stream[kTimeout] === oldHandle) {
    oldHandle.setIdleTimeout(0);
    startTimer(stream, stream.timeout);
  }
}

module.exports = {
  owner_symbol,
  kUpdateTimer,
  kAfterAsyncWrite,
  kHandle,
  kBuffer,
  kBufferCb,
  kBufferGen,
  kTimeout,
  kLastWriteQueueSize,
  kOnWriteDone,
  onStreamRead,
  onWriteComplete,
  writeGeneric,
  writevGeneric,
  setStreamTimeout,
  refreshTimer,
  stopTimer,
  moveTimer,
  onHandleTimeout,
  updateTimer,
};
