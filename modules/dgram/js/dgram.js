'use strict';
// require('dgram'): UDP sockets. A Socket keeps its state under
// kStateSymbol; its handle comes from internal/udp_wrap. Sends and
// connect() made before the socket is bound wait in a queue that the
// 'listening' event flushes. In a cluster worker a non-exclusive bind asks
// the primary for the socket, which every worker binding the same address
// then shares.

const EventEmitter = require('events');
const {
  nodeError, systemError, invalidArgType, describeValue, validateNumber, validateString, validateAbortSignal,
} = require('internal/errors');
const { kStateSymbol, newHandle, _createSocketHandle, UDP } = require('internal/dgram');
const { constants: { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR } } = require('internal/udp_wrap');

const owner_symbol = Symbol.for('gocluster.owner_symbol');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const RECV_BUFFER = true;
const SEND_BUFFER = false;

let cluster = null;
function lazyCluster() {
  if (cluster === null) cluster = require('cluster');
  return cluster;
}

let util = null;
function lazyUtil() {
  if (util === null) util = require('util');
  return util;
}

function errnoException(err, syscall) {
  return lazyUtil()._errnoException(err, syscall);
}

function exceptionWithHostPort(err, syscall, address, port) {
  return lazyUtil()._exceptionWithHostPort(err, syscall, address, port);
}

const errors = {
  alreadyBound: () => nodeError(Error, 'ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound'),
  isConnected: () => nodeError(Error, 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected'),
  notConnected: () => nodeError(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected'),
  notRunning: () => nodeError(Error, 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running'),
  badBufferSize: () => nodeError(TypeError, 'ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer'),
  outOfBounds: (name) => nodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', `"${name}" is outside of buffer bounds`),
  missingArgs: (name) => nodeError(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`),
  invalidFdType: (type) => nodeError(TypeError, 'ERR_INVALID_FD_TYPE', `Unsupported fd type: ${type}`),
  badPort(name, port, allowZero) {
    const op = allowZero ? '>=' : '>';
    return nodeError(RangeError, 'ERR_SOCKET_BAD_PORT',
      `${name} should be ${op} 0 and < 65536. Received ${describeValue(port)}.`);
  },
};

function validatePort(port, name, allowZero) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw errors.badPort(name, port, allowZero);
  }
  return port | 0;
}

// ERR_SOCKET_BUFFER_SIZE is a SystemError: its info is the failed call.
function bufferSizeError(ctx) {
  const [code, message] = lazyUtil().getSystemErrorMap().get(ctx.errno) || ['UNKNOWN', 'unknown error'];
  ctx.code = code;
  ctx.message = message;
  return systemError('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size',
    { errno: ctx.errno, code, message, syscall: ctx.syscall });
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function Socket(type, listener) {
  EventEmitter.call(this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    recvBufferSize = options.recvBufferSize;
    sendBufferSize = options.sendBufferSize;
  }
  const handle = newHandle(type, lookup);
  handle[owner_symbol] = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);

  this[kStateSymbol] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options && options.reuseAddr,
    ipv6Only: options && options.ipv6Only,
    recvBufferSize,
    sendBufferSize,
  };

  if (options && options.signal !== undefined) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kStateSymbol].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function startListening(socket) {
  const state = socket[kStateSymbol];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
  socket.emit('listening');
}

// The handle a cluster primary sent (or one passed to bind) takes the old
// one's place, with its type's methods and ref state.
function replaceHandle(self, handle) {
  const state = self[kStateSymbol];
  const old = state.handle;
  if (!old.hasRef() && typeof handle.unref === 'function') handle.unref();
  handle.lookup = old.lookup;
  handle.bind = old.bind;
  handle.connect = old.connect;
  handle.send = old.send;
  handle[owner_symbol] = self;
  old.close();
  state.handle = handle;
}

function bufferSize(self, size, which) {
  if (size >>> 0 !== size) throw errors.badBufferSize();
  const ctx = {};
  const ret = self[kStateSymbol].handle.bufferSize(size, which, ctx);
  if (ret === undefined) throw bufferSizeError(ctx);
  return ret;
}

// A cluster worker's bind: the primary binds and sends the socket.
function bindServerHandle(self, options, onError) {
  const state = self[kStateSymbol];
  lazyCluster()._getServer(self, options, (err, handle) => {
    if (err) {
      onError(err);
      return;
    }
    if (!state.handle) {
      // Closed meanwhile.
      handle.close();
      return;
    }
    replaceHandle(self, handle);
    startListening(self);
  });
}

Socket.prototype.bind = function(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.bindState !== BIND_STATE_UNBOUND) throw errors.alreadyBound();
  state.bindState = BIND_STATE_BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    // The callback is a 'listening' listener that an 'error' removes.
    const removeListeners = function() {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    };
    const onListening = function() {
      removeListeners.call(this);
      cb.call(this);
    };
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  if (port !== null && typeof port === 'object' && typeof port.recvStart === 'function') {
    replaceHandle(this, port);
    startListening(this);
    return this;
  }

  // An existing descriptor instead of a new socket.
  if (port !== null && typeof port === 'object' && Number.isInteger(port.fd) &&
      port.fd > 0 && port.fd <= 0x7fffffff) {
    const fd = port.fd;
    if (lazyCluster().isWorker && !port.exclusive) {
      bindServerHandle(this, { address: null, port: null, addressType: this.type, fd, flags: null }, (err) => {
        state.bindState = BIND_STATE_UNBOUND;
        this.emit('error', errnoException(err, 'open'));
      });
      return this;
    }
    const type = binding.guessHandleType(fd);
    if (type !== 'UDP') throw errors.invalidFdType(type);
    const err = state.handle.open(fd);
    if (err) throw errnoException(err, 'open');
    startListening(this);
    return this;
  }

  let address;
  let exclusive;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    exclusive = !!port.exclusive;
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
    exclusive = false;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return; // closed meanwhile
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    let flags = 0;
    if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
    if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;

    if (lazyCluster().isWorker && !exclusive) {
      bindServerHandle(this, { address: ip, port, addressType: this.type, fd: -1, flags }, (err) => {
        state.bindState = BIND_STATE_UNBOUND;
        this.emit('error', exceptionWithHostPort(err, 'bind', ip, port));
      });
      return;
    }
    const status = state.handle.bind(ip, port || 0, flags);
    if (status) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', exceptionWithHostPort(status, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

Socket.prototype.connect = function(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');

  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw errors.isConnected();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => startConnect(this, port, address, callback));
    return;
  }
  startConnect(this, port, address, callback);
};

function startConnect(self, port, address, callback) {
  const state = self[kStateSymbol];
  if (callback) self.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex) {
      const err = state.handle.connect(ip, port);
      if (err) ex = exceptionWithHostPort(err, 'connect', address, port);
    }
    if (ex) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          self.removeListener('connect', callback);
          callback(ex);
        } else {
          self.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    process.nextTick(() => self.emit('connect'));
  });
}

Socket.prototype.disconnect = function() {
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw errors.notConnected();
  const err = state.handle.disconnect();
  if (err) throw errnoException(err, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

// Thin wrapper around send, for dgram_legacy compatibility.
Socket.prototype.sendto = function(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

function invalidBuffer(name, value) {
  return invalidArgType(name, ['Buffer', 'TypedArray', 'DataView', 'string'], value);
}

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    throw invalidBuffer('buffer', buffer);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw errors.outOfBounds('offset');
  if (offset + length > buffer.byteLength) throw errors.outOfBounds('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

// Strings become Buffers and views Buffers over the same memory; null when
// an element is neither.
function bufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    if (typeof b === 'string') out[i] = Buffer.from(b);
    else if (!isArrayBufferView(b)) return null;
    else out[i] = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  }
  return out;
}

// Work that waits for the socket to be bound; an error while binding
// drops it.
function enqueue(self, fn) {
  const state = self[kStateSymbol];
  if (state.queue === undefined) {
    state.queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  state.queue.push(fn);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  const state = this[kStateSymbol];
  const queue = state.queue;
  state.queue = undefined;
  for (const fn of queue) fn();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kStateSymbol].queue = undefined;
}

// send(buffer, offset, length, port[, address][, callback]),
// send(bufferOrList, port[, address][, callback]); on a connected socket
// send(buffer, offset, length[, callback]), send(bufferOrList[, callback]).
Socket.prototype.send = function(buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kStateSymbol];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw errors.isConnected();
  }

  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') list = [Buffer.from(buffer)];
    else if (!isArrayBufferView(buffer)) throw invalidBuffer('buffer', buffer);
    else list = [buffer];
  } else if (!(list = bufferList(buffer))) {
    throw invalidBuffer('buffer list arguments', buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));

  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, this.send.bind(this, list, port, address, callback));
    return;
  }
  if (connected) {
    doSend(null, this, null, list, address, port, callback);
    return;
  }
  state.handle.lookup(address, (ex, ip) => doSend(ex, this, ip, list, address, port, callback));
};

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kStateSymbol];
  if (ex) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;

  const req = { list, address, port, callback: undefined, oncomplete: undefined };
  if (callback) {
    req.callback = callback;
    req.oncomplete = afterSend;
  }
  const err = port ?
    state.handle.send(req, list, list.length, port, ip, !!callback) :
    state.handle.send(req, list, list.length, !!callback);
  if (err >= 1) {
    // Sent at once: the result is the size plus one.
    if (callback) process.nextTick(callback, null, err - 1);
    return;
  }
  if (err && callback) {
    // Reported to the callback only, never as 'error'.
    process.nextTick(callback, exceptionWithHostPort(err, 'send', address, port));
  }
}

function afterSend(err, sent) {
  this.callback(err ? exceptionWithHostPort(err, 'send', this.address, this.port) : null, sent);
}

Socket.prototype.close = function(callback) {
  const state = this[kStateSymbol];
  if (typeof callback === 'function') this.on('close', callback);
  if (state.queue !== undefined) {
    state.queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(emitClose, this);
  return this;
};

Socket.prototype[Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose')] = async function() {
  if (!this[kStateSymbol].handle) return;
  await new Promise((resolve) => this.close(resolve));
};

function emitClose(self) {
  self.emit('close');
}

Socket.prototype.address = function() {
  healthCheck(this);
  const out = {};
  const err = this[kStateSymbol].handle.getsockname(out);
  if (err) throw errnoException(err, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function() {
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw errors.notConnected();
  const out = {};
  const err = state.handle.getpeername(out);
  if (err) throw errnoException(err, 'getpeername');
  return out;
};

// A handle option setter that throws the errno of a failure.
function setOption(self, method, syscall, value) {
  const err = self[kStateSymbol].handle[method](value);
  if (err) throw errnoException(err, syscall);
}

Socket.prototype.setBroadcast = function(arg) {
  setOption(this, 'setBroadcast', 'setBroadcast', arg ? 1 : 0);
};

Socket.prototype.setTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  setOption(this, 'setTTL', 'setTTL', ttl);
  return ttl;
};

Socket.prototype.setMulticastTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  setOption(this, 'setMulticastTTL', 'setMulticastTTL', ttl);
  return ttl;
};

Socket.prototype.setMulticastLoopback = function(arg) {
  setOption(this, 'setMulticastLoopback', 'setMulticastLoopback', arg ? 1 : 0);
  return arg;
};

Socket.prototype.setMulticastInterface = function(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  setOption(this, 'setMulticastInterface', 'setMulticastInterface', interfaceAddress);
};

function membership(self, method, multicastAddress, interfaceAddress) {
  healthCheck(self);
  if (!multicastAddress) throw errors.missingArgs('multicastAddress');
  const err = self[kStateSymbol].handle[method](multicastAddress, interfaceAddress);
  if (err) throw errnoException(err, method);
}

Socket.prototype.addMembership = function(multicastAddress, interfaceAddress) {
  membership(this, 'addMembership', multicastAddress, interfaceAddress);
};

Socket.prototype.dropMembership = function(multicastAddress, interfaceAddress) {
  membership(this, 'dropMembership', multicastAddress, interfaceAddress);
};

function sourceMembership(self, method, sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(self);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = self[kStateSymbol].handle[method](sourceAddress, groupAddress, interfaceAddress);
  if (err) throw errnoException(err, method);
}

Socket.prototype.addSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  sourceMembership(this, 'addSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress);
};

Socket.prototype.dropSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  sourceMembership(this, 'dropSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress);
};

function healthCheck(socket) {
  if (!socket[kStateSymbol].handle) throw errors.notRunning();
}

function stopReceiving(socket) {
  const state = socket[kStateSymbol];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

function onMessage(nread, handle, buf, rinfo) {
  const self = handle[owner_symbol];
  if (nread < 0) {
    self.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  rinfo.size = buf.length;
  self.emit('message', buf, rinfo);
}

Socket.prototype.ref = function() {
  const handle = this[kStateSymbol].handle;
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  const handle = this[kStateSymbol].handle;
  if (handle) handle.unref();
  return this;
};

Socket.prototype.setRecvBufferSize = function(size) {
  bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function(size) {
  bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function() {
  return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function() {
  return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function() {
  return this[kStateSymbol].handle.getSendQueueSize();
};

Socket.prototype.getSendQueueCount = function() {
  return this[kStateSymbol].handle.getSendQueueCount();
};

// The old private API: each use warns once (DEP0112).
function deprecated(fn, what) {
  let wrapped;
  return function() {
    wrapped ??= lazyUtil().deprecate(fn, `${what} is deprecated`, 'DEP0112');
    return Reflect.apply(wrapped, this, arguments);
  };
}

for (const [name, key] of [['_handle', 'handle'], ['_receiving', 'receiving'], ['_bindState', 'bindState'],
  ['_queue', 'queue'], ['_reuseAddr', 'reuseAddr']]) {
  Object.defineProperty(Socket.prototype, name, {
    get: deprecated(function() { return this[kStateSymbol][key]; }, `Socket.prototype.${name}`),
    set: deprecated(function(v) { this[kStateSymbol][key] = v; }, `Socket.prototype.${name}`),
    configurable: true,
  });
}

Socket.prototype._healthCheck = deprecated(function() { healthCheck(this); },
  'Socket.prototype._healthCheck()');
Socket.prototype._stopReceiving = deprecated(function() { stopReceiving(this); },
  'Socket.prototype._stopReceiving()');

// A legacy alias on the handle.
Object.defineProperty(UDP.prototype, 'owner', {
  get() { return this[owner_symbol]; },
  set(v) { this[owner_symbol] = v; },
  configurable: true,
});

module.exports = {
  _createSocketHandle: deprecated(_createSocketHandle, 'dgram._createSocketHandle()'),
  createSocket,
  Socket,
};
