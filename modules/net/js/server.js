'use strict';
// net.Server: listening (directly, or through the cluster primary in a
// worker), accepting, maxConnections, closing. The class and its methods
// are here, in Node's order; listening, accepting, address() and
// getConnections() are in server_listen.js, loaded on first use.

const EventEmitter = require('events');
const { invalidArgType, validateNumber } = require('internal/errors');
const { codes } = binding.load('errors');

const kAsyncDispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');

let impl;
const work = () => (impl ??= binding.load('server_listen'));

let defaultHighWaterMark;
function getDefaultHighWaterMark() {
  if (defaultHighWaterMark === undefined) defaultHighWaterMark = require('stream').getDefaultHighWaterMark(false);
  return defaultHighWaterMark;
}

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw invalidArgType('options', 'Object', options);
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options.highWaterMark !== 'undefined') {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = getDefaultHighWaterMark();
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? getDefaultHighWaterMark();
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// The Server's listening handle for address:port (or a pipe path, or
// fd), or the errno of the failure.
function createServerHandle(address, port, addressType, fd, flags) {
  return work().createServerHandle(address, port, addressType, fd, flags);
}

Server.prototype._listen2 = function setupListenHandle(address, port, addressType, backlog, fd, flags) {
  return Reflect.apply(work().setupListenHandle, this, arguments);
};

Server.prototype.listen = function(...args) {
  return Reflect.apply(work().listen, this, args);
};

Object.defineProperty(Server.prototype, 'listening', {
  get() { return !!this._handle; },
  configurable: true,
  enumerable: true,
});

Server.prototype.address = function() {
  return Reflect.apply(work().address, this, arguments);
};

Server.prototype.getConnections = function(cb) {
  return Reflect.apply(work().getConnections, this, arguments);
};

Server.prototype.close = function(cb) {
  this._listeningId++;
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(codes.serverNotRunning()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  if (this._usingWorkers) {
    let left = this._workers.length;
    const onWorkerClose = () => {
      if (--left !== 0) return;
      this._connections = 0;
      this._emitCloseIfDrained();
    };
    // One more, so 'close' comes once even if every socket closes meanwhile.
    this._connections++;
    for (let n = 0; n < this._workers.length; n++) this._workers[n].close(onWorkerClose);
  } else {
    this._emitCloseIfDrained();
  }
  return this;
};

Server.prototype[kAsyncDispose] = async function() {
  if (!this._handle) return;
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

function emitCloseNT(self) {
  self.emit('close');
}

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  switch (event) {
    case 'connection':
      sock.destroy(err);
      break;
    default:
      this.emit('error', err);
  }
};

Server.prototype._setupWorker = function(socketList) {
  this._usingWorkers = true;
  this._workers.push(socketList);
  socketList.once('exit', (list) => {
    const index = this._workers.indexOf(list);
    this._workers.splice(index, 1);
  });
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

module.exports = { Server, createServerHandle };
