'use strict';
// Socket.prototype.connect: argument forms, host lookup, and the attempt
// itself; with several addresses of both families, attempts alternate
// between them (autoSelectFamily, Happy Eyeballs) as Node 20 does by
// default.

const {
  validateBoolean, validateFunction, validateNumber, validateString, validateInteger,
  validateAbortSignal, invalidArgType,
} = require('internal/errors');
const { clearTimeout, setTimeout } = require('timers');
const { TCP } = require('internal/tcp_wrap');
const { Pipe } = require('internal/pipe_wrap');
const {
  exceptionWithHostPort, aggregateError, checkBindError, codes,
} = binding.load('errors');
const { owner_symbol, kTimeout } = binding.load('stream_base');
const {
  Socket, initSocketHandle, kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay,
  kReinitializeHandle,
} = binding.load('socket');
const { isIP, validatePort } = binding.load('ip');

const { normalizedArgsSymbol, normalizeArgs, defaults, defaultLookup } = binding.load('args');
const UV_ECANCELED = -125;
const UV_ETIMEDOUT = -110;

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// Socket.prototype.connect (socket.js's calls this).
function socketConnect(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];

  if (cb !== null) this.once('connect', cb);
  if (this._parent && this._parent.connecting) return this;
  if (options.port === undefined && options.path == null) {
    throw codes.missingArgsOneOf(['options', 'port', 'path']);
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
  }
  const { path } = options;
  const pipe = !!path;
  if (!this._handle) {
    this._handle = pipe ? new Pipe(0) : new TCP(0);
    initSocketHandle(this);
  }
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
}

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamilyAttemptTimeout, autoSelectFamily } = options;

  if (localAddress && !isIP(localAddress)) throw codes.invalidIPAddress(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw invalidArgType('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = defaults.autoSelectFamily;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInteger(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1, 2 ** 31 - 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = defaults.autoSelectFamilyAttemptTimeout;
  }

  // An IP address needs no lookup; connect on the next tick.
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  // dns.ADDRCONFIG (AI_ADDRCONFIG)
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) dnsopts.hints = 32;
  self._host = host;
  const lookup = options.lookup || defaultLookup();

  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress, localPort,
      autoSelectFamilyAttemptTimeout);
    return;
  }

  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      // No listeners yet when this was net.connect(): error on the next tick.
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, codes.invalidIPAddress(ip));
    } else if (addressType !== 4 && addressType !== 6) {
      process.nextTick(connectErrorNT, self, codes.invalidAddressFamily(addressType, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

function lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress, localPort, timeout) {
  lookup(host, dnsopts, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    // Valid addresses by family; the family of the first one goes first.
    const groups = [[], []];
    let firstFamily = 0;
    for (let i = 0; i < addresses.length; i++) {
      const address = addresses[i];
      const { address: ip, family } = address;
      self.emit('lookup', err, ip, family, host);
      if (!self.connecting) return;
      if (isIP(ip) && (family === 4 || family === 6)) {
        if (firstFamily === 0) firstFamily = family;
        const group = groups[family === firstFamily ? 0 : 1];
        if (!group.some((a) => a.address === ip)) group.push(address);
      }
    }
    if (groups[0].length === 0 && groups[1].length === 0) {
      const { address: firstIp, family: firstType } = addresses[0];
      if (!isIP(firstIp)) {
        process.nextTick(connectErrorNT, self, codes.invalidIPAddress(firstIp));
      } else if (firstType !== 4 && firstType !== 6) {
        process.nextTick(connectErrorNT, self, codes.invalidAddressFamily(firstType, options.host, options.port));
      }
      return;
    }
    // Alternate the families.
    const toAttempt = [];
    for (let i = 0; i < Math.max(groups[0].length, groups[1].length); i++) {
      if (i < groups[0].length) toAttempt.push(groups[0][i]);
      if (i < groups[1].length) toAttempt.push(groups[1][i]);
    }
    if (toAttempt.length === 1) {
      const { address: ip, family } = toAttempt[0];
      self._unrefTimer();
      internalConnect(self, ip, port, family, localAddress, localPort);
      return;
    }
    self.autoSelectFamilyAttemptedAddresses = [];
    const context = {
      socket: self,
      addresses: toAttempt,
      current: 0,
      port,
      localPort,
      timeout,
      [kTimeout]: null,
      errors: [],
    };
    self._unrefTimer();
    internalConnectMultiple(context);
  });
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

// A connection attempt's outcome arrives as handle.onconnect(status).
function startConnect(self, handle, req) {
  handle.onconnect = function onconnect(status) {
    if (typeof req.oncomplete === 'function') req.oncomplete(status, this, req, true, true);
  };
}

// bindLocal binds the handle to the local address and port asked for,
// before its connect, as node does: the error, with EADDRINUSE seen from
// the port the socket did not get.
function bindLocal(handle, addressType, localAddress, localPort) {
  const err = addressType === 4 ? handle.bind(localAddress, localPort) : handle.bind6(localAddress, localPort, 0);
  return checkBindError(err, localPort, handle);
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  let err;
  if (addressType === 6 || addressType === 4) {
    if (localAddress || localPort) {
      localAddress = localAddress || (addressType === 4 ? '0.0.0.0' : '::');
      err = bindLocal(self._handle, addressType, localAddress, localPort);
      if (err) {
        self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
        return;
      }
    }
    self.emit('connectionAttempt', address, port, addressType);
    const req = { oncomplete: afterConnect, address, port, localAddress, localPort, addressType };
    startTiming(req);
    startConnect(self, self._handle, req);
    err = self._handle.connect(address, port);
  } else {
    self.emit('connectionAttempt', address, port, addressType);
    const req = { oncomplete: afterConnect, address };
    startConnect(self, self._handle, req);
    err = self._handle.connect(address);
  }
  if (err) {
    const sockname = self._getsockname();
    const details = sockname ? `${sockname.address}:${sockname.port}` : undefined;
    self.destroy(exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

function internalConnectMultiple(context, canceled) {
  clearTimeout(context[kTimeout]);
  const self = context.socket;
  if (self._aborted) return;
  if (canceled || context.current === context.addresses.length) {
    if (context.errors.length === 0) {
      self.destroy(codes.socketConnectionTimeout());
      return;
    }
    self.destroy(aggregateError(context.errors));
    return;
  }
  const current = context.current++;
  if (current > 0) self[kReinitializeHandle](new TCP(0));
  const { localPort, port } = context;
  const { address, family: addressType } = context.addresses[current];
  const localAddress = localPort ? (addressType === 4 ? '0.0.0.0' : '::') : undefined;
  if (localPort) {
    const err = bindLocal(self._handle, addressType, localAddress, localPort);
    if (err) {
      context.errors.push(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      internalConnectMultiple(context);
      return;
    }
  }

  self.emit('connectionAttempt', address, port, addressType);
  const req = {
    oncomplete: (status, handle, r, readable, writable) =>
      afterConnectMultiple(context, current, status, handle, r, readable, writable),
    address, port, localAddress, localPort, addressType,
  };
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  startTiming(req);
  startConnect(self, self._handle, req);
  const err = self._handle.connect(address, port);
  if (err) {
    const sockname = self._getsockname();
    const details = sockname ? `${sockname.address}:${sockname.port}` : undefined;
    const ex = exceptionWithHostPort(err, 'connect', address, port, details);
    context.errors.push(ex);
    self.emit('connectionAttemptFailed', address, port, addressType, ex);
    internalConnectMultiple(context);
    return;
  }
  if (current < context.addresses.length - 1) {
    context[kTimeout] = setTimeout(internalConnectMultipleTimeout, context.timeout, context, req, self._handle);
  }
}

function afterConnect(status, handle, req, readable, writable) {
  const self = handle[owner_symbol];
  if (self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }
    if (req.perfStart !== undefined) reportTiming(req);
    self.emit('connect');
    self.emit('ready');
    // Start reading, or see an immediate EOF.
    if (readable && !self.isPaused()) self.read(0);
  } else {
    const ex = connectionError(req, status);
    self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    self.destroy(ex);
  }
}

// A TCP connect is timed, as a 'net' performance entry, only while an
// observer watches them.
function startTiming(req) {
  if (binding.netObserved()) req.perfStart = require('internal/web').performance.now();
}

function reportTiming(req) {
  const web = require('internal/web');
  if (!binding.netObserved()) return;
  const start = req.perfStart;
  web.enqueueNodeEntry('connect', 'net', start, web.performance.now() - start, { host: req.address, port: req.port });
}

function connectionError(req, status) {
  let details;
  if (req.localAddress && req.localPort) details = `${req.localAddress}:${req.localPort}`;
  const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
  if (details) {
    ex.localAddress = req.localAddress;
    ex.localPort = req.localPort;
  }
  return ex;
}

function afterConnectMultiple(context, current, status, handle, req, readable, writable) {
  clearTimeout(context[kTimeout]);
  // A late success of an attempt that already timed out.
  if (status === 0 && current !== context.current - 1) {
    handle.close();
    return;
  }
  const self = context.socket;
  if (status !== 0) {
    const ex = connectionError(req, status);
    context.errors.push(ex);
    self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    if (self.connecting) internalConnectMultiple(context, status === UV_ECANCELED);
    return;
  }
  afterConnect(status, self._handle, req, readable, writable);
}

function internalConnectMultipleTimeout(context, req, handle) {
  context.socket.emit('connectionAttemptTimeout', req.address, req.port, req.addressType);
  req.oncomplete = undefined;
  context.errors.push(connectionError(req, UV_ETIMEDOUT));
  handle.close();
  if (context.socket.connecting) internalConnectMultiple(context);
}

function addClientAbortSignalOption(self, options) {
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  let listening = false;
  function onAbort() {
    if (listening) signal.removeEventListener('abort', onAbort);
    self._aborted = true;
  }
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    process.nextTick(() => {
      listening = true;
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}

module.exports = {
  connect,
  socketConnect,
  addClientAbortSignalOption,
};
