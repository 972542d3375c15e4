'use strict';
// net.Socket: a Duplex over a TCP or Pipe handle. Connecting is in
// connect.js, which adds Socket.prototype.connect.

const { Buffer } = require('buffer');
const { emitWith } = require('internal/fast_paths');
const stream = require('stream');
const { invalidArgValue, validateNumber, validateInteger } = require('internal/errors');
const { TCP } = require('internal/tcp_wrap');
const { Pipe } = require('internal/pipe_wrap');
const {
  errnoException, genericNodeError, codes,
} = binding.load('errors');
const {
  owner_symbol, kUpdateTimer, kAfterAsyncWrite, kHandle, kBuffer, kBufferCb, kBufferGen,
  kTimeout, kLastWriteQueueSize, onStreamRead, onWriteComplete, writeGeneric, writevGeneric,
  setStreamTimeout, refreshTimer, updateTimer, stopTimer, moveTimer, onHandleTimeout,
} = binding.load('stream_base');

const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
// Shared (Symbol.for) with tls, which gives a socket its TLS handle.
const kReinitializeHandle = Symbol.for('gocluster.net.reinitializeHandle');

function noop() {}
const ReadableOn = stream.Readable.prototype.on;

// A handle for fd, by what fd is.
function createHandle(fd, isServer) {
  validateInteger(fd, 'fd', 0, 2 ** 31 - 1);
  const type = binding.guessHandleType(fd);
  if (type === 'PIPE') return new Pipe(isServer ? 1 : 0);
  if (type === 'TCP') return new TCP(isServer ? 1 : 0);
  throw codes.invalidFdType(type);
}

// For a new socket, or one connecting again after it was destroyed. A
// socket the constructor made for an accepted connection is fresh:
// _undestroy would set each state flag to what it is already.
function initSocketHandle(self, fresh) {
  if (fresh !== true) self._undestroy();
  self._sockname = null;
  const handle = self[kHandle];
  if (handle) {
    handle[owner_symbol] = self;
    handle.onread = onStreamRead;
    handle.onwrite = onWriteComplete;
    handle.ontimeout = onHandleTimeout;
    let userBuf = self[kBuffer];
    if (userBuf) {
      if (self[kBufferGen] !== null) {
        userBuf = self[kBufferGen]();
        if (!(userBuf instanceof Uint8Array)) return;
        self[kBuffer] = userBuf;
      }
      handle.useUserBuffer(userBuf);
    }
  }
}

// The options a listening server makes for each accepted connection carry
// this mark: already in the form the constructor would copy them into.
const kAcceptedOptions = Symbol('kAcceptedOptions');

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options != null && options[kAcceptedOptions] === true) {
    initSocket(this, options);
    return;
  }
  if (options && options.objectMode) {
    throw invalidArgValue('options.objectMode', options.objectMode, 'is not supported');
  } else if (options && (options.readableObjectMode || options.writableObjectMode)) {
    const name = options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode';
    throw invalidArgValue(`options.${name}`, options.readableObjectMode || options.writableObjectMode,
      'is not supported');
  }
  if (options && typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }

  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  // Half-open only when asked; 'close' is the socket's own to emit; strings
  // go to the handle as they are.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  initSocket(this, options);
}

function initSocket(self, options) {
  self.connecting = false;
  self._hadError = false;
  self[kHandle] = null;
  self._parent = null;
  self._host = null;
  self[kLastWriteQueueSize] = 0;
  self[kTimeout] = null;
  self[kBuffer] = null;
  self[kBufferCb] = null;
  self[kBufferGen] = null;
  self._closeAfterHandlingError = false;
  stream.Duplex.call(self, options);

  if (options.handle) {
    self[kHandle] = options.handle;
  } else if (options.fd !== undefined) {
    self[kHandle] = createHandle(options.fd, false);
    const err = self[kHandle].open(options.fd);
    if (err) throw errnoException(err, 'open');
  }

  const onread = options.onread;
  if (onread !== null && typeof onread === 'object' &&
      (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    if (typeof onread.buffer === 'function') {
      self[kBuffer] = true;
      self[kBufferGen] = onread.buffer;
    } else {
      self[kBuffer] = onread.buffer;
    }
    self[kBufferCb] = onread.callback;
  }

  self[kSetNoDelay] = Boolean(options.noDelay);
  self[kSetKeepAlive] = Boolean(options.keepAlive);
  self[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);

  // Readable's on() adds an 'end' listener as the emitter's own does: with
  // the stock on(), in one call less.
  if (self.on === ReadableOn) stream.Stream.prototype.on.call(self, 'end', onReadableStreamEnd);
  else self.on('end', onReadableStreamEnd);
  initSocketHandle(self, options[kAcceptedOptions] === true);

  self._pendingData = null;
  self._pendingEncoding = '';

  // With a handle, data starts flowing into the buffer now; otherwise once
  // connected.
  if (self[kHandle] && options.readable !== false) {
    if (options.pauseOnCreate) {
      self[kHandle].reading = false;
      self[kHandle].readStop();
      self.readableFlowing = false;
    } else if (!options.manualStart) {
      self.read(0);
    }
  }

  if (options.signal) binding.load('connect').addClientAbortSignalOption(self, options);

  self.server = null;
  self._server = null;
  // What bytesRead and bytesWritten say once the handle is gone.
  self[kBytesRead] = 0;
  self[kBytesWritten] = 0;
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

// Activity pushes every enclosing socket's timeout back.
Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) refreshTimer(s);
  }
};

// end(): all written data is out; shut the writing side down.
Socket.prototype._final = function(cb) {
  if (this.connecting) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this[kHandle]) return cb();
  const handle = this[kHandle];
  handle.onshutdown = function onshutdown() { cb(); };
  const err = handle.shutdown();
  if (err === 1 || err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(errnoException(err, 'shutdown'));
};
const UV_ENOTCONN = -107;

// After the peer ended its side, a write fails (unless we allow
// half-open sockets) with a message that says so.
function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) {
    return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  }
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = genericNodeError('This socket has been ended by the other party', { code: 'EPIPE' });
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

Socket.prototype.setTimeout = setStreamTimeout;

Socket.prototype._onTimeout = function() {
  const handle = this[kHandle];
  const lastWriteQueueSize = this[kLastWriteQueueSize];
  if (lastWriteQueueSize > 0 && handle) {
    // A write in progress counts as activity.
    const { writeQueueSize } = handle;
    if (lastWriteQueueSize !== writeQueueSize) {
      this[kLastWriteQueueSize] = writeQueueSize;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function(enable) {
  // No argument means true.
  enable = Boolean(enable === undefined ? true : enable);
  if (!this[kHandle]) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this[kHandle].setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this[kHandle].setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this[kHandle]) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this[kHandle].setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this[kHandle].setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function() {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  get() { return this.connecting; },
});

Object.defineProperty(Socket.prototype, 'pending', {
  get() { return !this[kHandle] || this.connecting; },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'readyState', {
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  get() {
    if (this[kHandle]) return this.writableLength;
  },
});

Object.defineProperty(Socket.prototype, kUpdateTimer, {
  get() { return this._unrefTimer; },
});

function tryReadStart(socket) {
  socket[kHandle].reading = true;
  const err = socket[kHandle].readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

// The stream wants data: start reading (or wait for the connection).
Socket.prototype._read = function(n) {
  if (this.connecting || !this[kHandle]) {
    this.once('connect', () => this._read(n));
  } else if (!this[kHandle].reading) {
    tryReadStart(this);
  }
};

Socket.prototype.end = function(data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.resetAndDestroy = function() {
  if (this[kHandle]) {
    if (!(this[kHandle] instanceof TCP)) throw codes.invalidHandleType();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  } else {
    this.destroy(codes.socketClosed());
  }
  return this;
};

// With an onread buffer, pausing stops the handle itself.
Socket.prototype.pause = function() {
  if (this[kBuffer] && !this.connecting && this[kHandle] && this[kHandle].reading) {
    this[kHandle].reading = false;
    if (!this.destroyed) {
      const err = this[kHandle].readStop();
      if (err) this.destroy(errnoException(err, 'read'));
    }
  }
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  if (this[kBuffer] && !this.connecting && this[kHandle] && !this[kHandle].reading) {
    tryReadStart(this);
  }
  return stream.Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function(n) {
  if (this[kBuffer] && !this.connecting && this[kHandle] && !this[kHandle].reading) {
    tryReadStart(this);
  }
  return stream.Duplex.prototype.read.call(this, n);
};

// 'end' was emitted: the peer will send no more.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

function closeSocketHandle(self, isException, cleanupPending) {
  if (!self[kHandle]) return;
  self[kHandle].close(() => {
    emitWith(self, 'close', 1, isException);
    if (cleanupPending) {
      self[kHandle].onread = noop;
      self[kHandle] = null;
      self._sockname = null;
    }
  });
}

Socket.prototype._destroy = function(exception, cb) {
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) stopTimer(s);

  if (this[kHandle]) {
    const isException = Boolean(exception);
    // bytesRead and bytesWritten outlive the handle.
    this[kBytesRead] = this[kHandle].bytesRead;
    this[kBytesWritten] = this[kHandle].bytesWritten;
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = this[kHandle].reset(() => this.emit('close', isException));
      if (err) this.emit('error', errnoException(err, 'reset'));
    } else if (this._closeAfterHandlingError) {
      // Closed once the 'error' listeners (on the next tick) had the socket.
      queueMicrotask(() => closeSocketHandle(this, isException, true));
    } else {
      closeSocketHandle(this, isException);
    }
    if (!this._closeAfterHandlingError) {
      this[kHandle].onread = noop;
      this[kHandle] = null;
      this._sockname = null;
    }
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }

  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

// Without a handle, 'close' comes with no hadError argument at all.
function emitCloseNT(self) {
  self.emit('close');
}

Socket.prototype._reset = function() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype._getpeername = function() {
  if (!this[kHandle] || !this[kHandle].getpeername || this.connecting) {
    return this._peername || {};
  }
  if (!this._peername) {
    const out = {};
    const err = this[kHandle].getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

function protoGetter(name, get) {
  Object.defineProperty(Socket.prototype, name, { configurable: false, enumerable: true, get });
}

protoGetter('bytesRead', function bytesRead() {
  return this[kHandle] ? this[kHandle].bytesRead : this[kBytesRead];
});
protoGetter('remoteAddress', function remoteAddress() { return this._getpeername().address; });
protoGetter('remoteFamily', function remoteFamily() { return this._getpeername().family; });
protoGetter('remotePort', function remotePort() { return this._getpeername().port; });

Socket.prototype._getsockname = function() {
  if (!this[kHandle] || !this[kHandle].getsockname) return {};
  if (!this._sockname) {
    this._sockname = {};
    this[kHandle].getsockname(this._sockname);
  }
  return this._sockname;
};

protoGetter('localAddress', function localAddress() { return this._getsockname().address; });
protoGetter('localPort', function localPort() { return this._getsockname().port; });
protoGetter('localFamily', function localFamily() { return this._getsockname().family; });

Socket.prototype[kAfterAsyncWrite] = function() {
  this[kLastWriteQueueSize] = 0;
};

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  // Not connected yet: this write waits (and the stream buffers the rest).
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(codes.socketClosedBeforeConnection());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this[kHandle]) {
    cb(codes.socketClosed());
    return false;
  }
  updateTimer(this);
  if (writev) writevGeneric(this, data, cb);
  else writeGeneric(this, data, encoding, cb);
};

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

// For the http module: a message's head and last body bytes go straight to
// the handle in one write when the stream holds nothing and nobody corked
// it, as they would leave through the stream. Returns 1 (written), 0 (in
// the background: req[kOnWriteDone](err) follows), a negative errno (the
// socket is destroyed), or null when declined (use the stream).
const kWriteHTTP = Symbol.for('gocluster.net.writeHTTP');
const DuplexWrite = stream.Duplex.prototype.write;
const SocketWrite = Socket.prototype._write;
const SocketWritev = Socket.prototype._writev;
Socket.prototype[kWriteHTTP] = function writeHTTP(head, body, encoding, chunked, trailer, req) {
  const handle = this[kHandle];
  const ws = this._writableState;
  if (handle === null || this.connecting || ws.length !== 0 || ws.corked !== 0 || !this.writable ||
      this.write !== DuplexWrite || this._write !== SocketWrite || this._writev !== SocketWritev ||
      typeof handle.writeHTTP !== 'function') {
    return null;
  }
  updateTimer(this);
  const r = handle.writeHTTP(head, body, encoding, chunked, trailer, req);
  if (r === 0) {
    this[kLastWriteQueueSize] = handle.writeQueueSize;
  } else if (r < 0) {
    this.destroy(errnoException(r, 'write'));
  }
  return r;
};

protoGetter('_bytesDispatched', function _bytesDispatched() {
  return this[kHandle] ? this[kHandle].bytesWritten : this[kBytesWritten];
});

// Bytes sent, and those still buffered in the stream.
protoGetter('bytesWritten', function bytesWritten() {
  let bytes = this._bytesDispatched;
  const data = this._pendingData;
  const encoding = this._pendingEncoding;
  const writableBuffer = this.writableBuffer;
  if (!writableBuffer) return undefined;
  for (const el of writableBuffer) {
    bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
  }
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const chunk = data[i];
      if (data.allBuffers || chunk instanceof Buffer) bytes += chunk.length;
      else bytes += Buffer.byteLength(chunk.chunk, chunk.encoding);
    }
  } else if (data) {
    bytes += typeof data !== 'string' ? data.length : Buffer.byteLength(data, encoding);
  }
  return bytes;
});

// The connect side (connect.js) loads on a socket's first connect.
Socket.prototype.connect = function(...args) {
  return Reflect.apply(binding.load('connect').socketConnect, this, args);
};

Socket.prototype.ref = function() {
  if (!this[kHandle]) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this[kHandle].ref === 'function') this[kHandle].ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this[kHandle]) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this[kHandle].unref === 'function') this[kHandle].unref();
  return this;
};

// A connection attempt after the first gets a fresh handle.
Socket.prototype[kReinitializeHandle] = function reinitializeHandle(handle) {
  const old = this[kHandle];
  if (old) old.close();
  this[kHandle] = handle;
  this[kHandle][owner_symbol] = this;
  initSocketHandle(this);
  moveTimer(this, old);
};

Object.defineProperty(Socket.prototype, '_handle', {
  get() { return this[kHandle]; },
  set(v) { this[kHandle] = v; },
});

module.exports = {
  Socket,
  kAcceptedOptions,
  createHandle,
  initSocketHandle,
  kSetNoDelay,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  kReinitializeHandle,
};
