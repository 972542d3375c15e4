'use strict';
// net.Server's work: binding and listening (directly, or through the
// cluster primary in a worker), accepting, address() and
// getConnections(). server.js's Server calls it; it loads when a program
// first listens (or asks the address of a server), so that a program that
// uses net only for a socket (process.stdout on a pipe) does not compile it.

const {
  invalidArgValue, validateAbortSignal,
} = require('internal/errors');
const { TCP } = require('internal/tcp_wrap');
const { Pipe } = require('internal/pipe_wrap');
const {
  errnoException, exceptionWithHostPort, uvExceptionWithHostPort, checkBindError, codes,
} = binding.load('errors');
const { owner_symbol } = binding.load('stream_base');
const { emitWith } = require('internal/fast_paths');
const {
  Socket, createHandle, kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay, kAcceptedOptions,
} = binding.load('socket');
const { normalizeArgs, isPipeName, toNumber } = binding.load('args');
const { isIPv6, validatePort } = binding.load('ip');

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';
const UV_EINVAL = -22;
const UV_TCP_IPV6ONLY = 1;

// A bound handle for address:port (or a pipe path when port and
// addressType are -1, or fd), or the errno of the failure. The wildcard
// address tries IPv6 first and falls back to IPv4.
function createServerHandle(address, port, addressType, fd, flags) {
  let err = 0;
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = createHandle(fd, true);
    } catch {
      return UV_EINVAL;
    }
    err = handle.open(fd);
    if (err) return err;
  } else if (port === -1 && addressType === -1) {
    handle = new Pipe(1);
  } else {
    handle = new TCP(1);
    isTCP = true;
  }
  if (address || port || isTCP) {
    if (!address) {
      err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags);
      if (err) {
        handle.close();
        // Only cluster's UV_TCP_REUSEPORT (2) applies to IPv4 too.
        return createServerHandle(DEFAULT_IPV4_ADDR, port, 4, undefined, flags & 2);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else {
      err = handle.bind(address, port, flags);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function setupListenHandle(address, port, addressType, backlog, fd, flags) {
  // A server handed over (IPC, cluster) has its handle already.
  if (!this._handle) {
    let rval = null;
    // No address: the IPv6 wildcard if IPv6 works, else IPv4's.
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, fd, flags);
      if (typeof rval === 'number') {
        rval = null;
        address = DEFAULT_IPV4_ADDR;
        addressType = 4;
      } else {
        address = DEFAULT_IPV6_ADDR;
        addressType = 6;
      }
    }
    if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      process.nextTick(emitErrorNT, this, uvExceptionWithHostPort(rval, 'listen', address, port));
      return;
    }
    this._handle = rval;
  }
  this._handle.onconnection = onconnection;
  this._handle[owner_symbol] = this;
  // 511: the kernel rounds backlog + 1 up to a power of two, so 512.
  const err = this._handle.listen(backlog || 511);
  if (err) {
    const ex = uvExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = `${addressType}:${address}:${port}`;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
}

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  // Closed in the meantime: nothing to announce.
  if (self._handle) self.emit('listening');
}


let cluster;
// In a cluster worker a listen goes through the primary (which shares one
// socket among the workers), unless exclusive; elsewhere it binds here.
// Only a process started as a worker loads cluster for this.
function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags, options) {
  exclusive = !!exclusive;
  if (binding.startedAsWorker && cluster === undefined) cluster = require('cluster');
  if (!binding.startedAsWorker || cluster.isPrimary || exclusive) {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  const serverQuery = { address, port, addressType, fd, flags, backlog, ...options };
  const listeningId = server._listeningId;
  cluster._getServer(server, serverQuery, function listenOnPrimaryHandle(err, handle) {
    if (listeningId !== server._listeningId) {
      if (handle) handle.close();
      return;
    }
    err = checkBindError(err, port, handle);
    if (err) {
      server.emit('error', exceptionWithHostPort(err, 'bind', address, port));
      return;
    }
    if (server._handle) server._handle.close();
    server._handle = handle;
    server._listen2(address, port, addressType, backlog, fd, flags);
  });
}

function listen(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw codes.serverAlreadyListen();
  if (cb !== null) this.once('listening', cb);
  // (handle, backlog), (path, backlog), (port, backlog), (port, host, backlog)
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);

  options = options._handle || options.handle || options;
  const flags = options.ipv6Only === true ? UV_TCP_IPV6ONLY : 0;
  this._listeningId++;
  // listen(handle): a TCP or Pipe handle ready to listen.
  if (options instanceof TCP || options instanceof Pipe) {
    this._handle = options;
    listenInCluster(this, null, -1, -1, backlogFromArgs, undefined, true);
    return this;
  }
  addServerAbortSignalOption(this, options);
  // listen({ fd }): a socket fd.
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
    return this;
  }
  // No port (listen(), listen(cb), listen(null), { port: undefined }):
  // any free port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
    } else {
      // addressType 4 names the wildcard to the cluster primary.
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    // An abstract socket has no file to chmod.
    if (options.path[0] === '\0' && (options.readableAll || options.writableAll)) {
      throw invalidArgValue('options', options,
        'can not set readableAll or writableAllt to true when path is abstract unix socket');
    }
    const pipeName = this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, pipeName, -1, -1, backlog, undefined, options.exclusive, undefined,
      { readableAll: options.readableAll, writableAll: options.writableAll });
    if (!this._handle) return this;
    let mode = 0;
    if (options.readableAll === true) mode |= 1;
    if (options.writableAll === true) mode |= 2;
    if (mode !== 0) {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close();
        this._handle = null;
        throw errnoException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }
  if (!('port' in options || 'path' in options)) {
    throw invalidArgValue('options', options, 'must have the property "port" or "path"');
  }
  throw invalidArgValue('options', options);
}

function isIpv6LinkLocal(ip) {
  return isIPv6(ip) && /^fe[89ab][0-9a-f]:/i.test(ip);
}

// The first address that is not IPv6 link-local, else the first.
function filterOnlyValidAddress(addresses) {
  for (const address of addresses) {
    if (!isIpv6LinkLocal(address.address)) return address;
  }
  return addresses[0];
}

function lookupAndListen(self, port, address, backlog, exclusive, flags) {
  const listeningId = self._listeningId;
  binding.load('args').lookup(address, { all: true }, (err, addresses) => {
    if (listeningId !== self._listeningId) return;
    if (err) {
      self.emit('error', err);
      return;
    }
    const valid = filterOnlyValidAddress(addresses);
    const family = (valid && valid.family) || 4;
    listenInCluster(self, valid.address, port, family, backlog, undefined, exclusive, flags);
  });
}

function addServerAbortSignalOption(self, options) {
  if (options == null || options.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => self.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

function address() {
  if (this._handle && this._handle.getsockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) throw errnoException(err, 'address');
    return out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
}

// The listening handle's onconnection: `this` is the handle.
function onconnection(err, clientHandle) {
  const self = this[owner_symbol];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    dropConnection(self, clientHandle);
    return;
  }
  // The options already as the constructor would copy them (no copy).
  const socket = new Socket({
    [kAcceptedOptions]: true,
    handle: clientHandle,
    allowHalfOpen: Boolean(self.allowHalfOpen),
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
    emitClose: false,
    autoDestroy: true,
    decodeStrings: false,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  emitWith(self, 'connection', 1, socket);
}

// Over maxConnections: 'drop' with the connection's addresses, and close it.
function dropConnection(self, clientHandle) {
  if (clientHandle.getsockname || clientHandle.getpeername) {
    const data = { __proto__: null };
    if (clientHandle.getsockname) {
      const local = { __proto__: null };
      clientHandle.getsockname(local);
      data.localAddress = local.address;
      data.localPort = local.port;
      data.localFamily = local.family;
    }
    if (clientHandle.getpeername) {
      const remote = { __proto__: null };
      clientHandle.getpeername(remote);
      data.remoteAddress = remote.address;
      data.remotePort = remote.port;
      data.remoteFamily = remote.family;
    }
    self.emit('drop', data);
  } else {
    self.emit('drop');
  }
  clientHandle.close();
}

function getConnections(cb) {
  const self = this;
  function end(err, connections) {
    process.nextTick(cb, err, connections);
  }
  if (!this._usingWorkers) {
    end(null, this._connections);
    return this;
  }
  let left = this._workers.length;
  let total = this._connections;
  function oncount(err, count) {
    if (err) {
      left = -1;
      return end(err);
    }
    total += count;
    if (--left === 0) return end(null, total);
  }
  for (let n = 0; n < self._workers.length; n++) self._workers[n].getConnections(oncount);
  return this;
}

module.exports = { createServerHandle, setupListenHandle, listen, address, getConnections };
