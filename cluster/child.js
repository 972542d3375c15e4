'use strict';
// cluster in a worker process: the Worker for this process, the 'online'
// handshake, disconnect and kill as the worker starts them, and server
// queries (a worker's listen() asks the primary for the socket).

const EventEmitter = require('events');
const Worker = binding.load('worker');
const { internal, sendHelper } = binding.load('utils');

// net tags a server's handle with its owning Server under this symbol.
const kOwner = Symbol.for('gocluster.owner_symbol');
const TIMEOUT_MAX = 2 ** 31 - 1;

const cluster = new EventEmitter();
// This worker's servers by key.
const handles = new Map();
// Listen counters by address tuple: every worker's k-th listen on a tuple
// gets index k, so it maps to the same primary handle as everyone's k-th.
const indexes = new Map();

module.exports = cluster;

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

cluster._setupWorker = function() {
  const worker = new Worker({
    id: +process.env.NODE_UNIQUE_ID | 0,
    process,
    state: 'online',
  });
  cluster.worker = worker;

  // This listener also keeps the channel, and so an idle worker, alive.
  process.once('disconnect', () => {
    worker.emit('disconnect');
    // Nobody asked for it: the primary died or closed the channel.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });

  process.on('internalMessage', internal(worker, (message, handle) => {
    if (message.act === 'newconn') onConnection(message, handle);
    else if (message.act === 'disconnect') Reflect.apply(closeAndDisconnect, worker, [true]);
  }));
  send({ act: 'online' });
};

// obj is a net.Server or a dgram.Socket; cb(errno, handle) gets the handle
// it is to listen with.
cluster._getServer = function(obj, options, cb) {
  let address = options.address;
  if (options.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
    // path loads here, not with the module: 'online' waits for no more
    // than the worker needs.
    address = require('path').resolve(address);
  }
  const tuple = [address, options.port, options.addressType, options.fd].join(':');
  let counter = indexes.get(tuple);
  if (counter === undefined) {
    counter = { next: 0, live: new Set() };
    indexes.set(tuple, counter);
  }
  const index = counter.next++;
  counter.live.add(index);

  const message = { act: 'queryServer', index, data: null, ...options };
  message.address = address;
  // Server data shared across workers (TLS ticket keys).
  if (obj._getServerData) message.data = obj._getServerData();

  send(message, (reply, handle) => {
    if (typeof obj._setServerData === 'function') obj._setServerData(reply.data);
    const where = { tuple, index };
    if (handle) useShared(reply, handle, where, cb);
    else if (reply.reusePort) useReusePort(reply, where, cb);
    else useRoundRobin(reply, where, cb);
  });

  obj.once('listening', () => {
    // A server closed before it listened has nothing to report.
    if (!indexes.has(tuple)) return;
    cluster.worker.state = 'listening';
    const bound = obj.address();
    message.act = 'listening';
    message.port = (bound && bound.port) || options.port;
    send(message);
  });
};

function releaseIndex(tuple, index) {
  const counter = indexes.get(tuple);
  if (counter === undefined) return;
  counter.live.delete(index);
  if (counter.live.size === 0) indexes.delete(tuple);
}

// SCHED_NONE: the primary sent a bound socket; closing it tells the primary.
function useShared(reply, handle, { tuple, index }, cb) {
  const key = reply.key;
  const close = handle.close;
  handle.close = function() {
    send({ act: 'close', key });
    handles.delete(key);
    releaseIndex(tuple, index);
    return Reflect.apply(close, handle, arguments);
  };
  handles.set(key, handle);
  cb(reply.errno, handle);
}

// SCHED_REUSEPORT: the worker binds a socket of its own, with SO_REUSEPORT,
// to the address and port the primary chose (reuseport_handle.js).
function useReusePort(reply, where, cb) {
  if (reply.errno) {
    cb(reply.errno, null);
    return;
  }
  const { address, port, addressType, flags } = reply.reusePort;
  const made = require('net')._createServerHandle(address, port, addressType, undefined, flags);
  if (typeof made === 'number') {
    // The primary counts this worker in until it hears otherwise.
    send({ act: 'close', key: reply.key });
    releaseIndex(where.tuple, where.index);
    cb(made, null);
    return;
  }
  useShared(reply, made, where, cb);
}

// SCHED_RR: no socket here. The server gets a stand-in handle whose address
// is the primary's, and connections arrive as 'newconn' messages.
function useRoundRobin(reply, { tuple, index }, cb) {
  if (reply.errno) {
    cb(reply.errno, null);
    return;
  }
  let key = reply.key;
  // A listening server keeps the process alive; a stand-in has no fd, so a
  // long interval does the holding.
  let keepAlive = null;
  // timers' own, not the globals, which user code may replace; loaded with
  // the first server rather than before 'online'.
  const { setInterval, clearInterval } = require('timers');
  const handle = {
    ref() {
      if (keepAlive === null) keepAlive = setInterval(() => {}, TIMEOUT_MAX);
    },
    unref() {
      if (keepAlive !== null) {
        clearInterval(keepAlive);
        keepAlive = null;
      }
    },
    // The primary owns the real backlog.
    listen() { return 0; },
    // net treats close() as synchronous; connections that still arrive are
    // refused in onConnection, so the primary hands them to someone else.
    close() {
      if (key === undefined) return;
      handle.unref();
      send({ act: 'close', key });
      handles.delete(key);
      releaseIndex(tuple, index);
      key = undefined;
    },
  };
  if (reply.sockname) {
    handle.getsockname = (out) => {
      if (key) Object.assign(out, reply.sockname);
      return 0;
    };
  }
  handle.ref();
  handles.set(key, handle);
  cb(0, handle);
}

// A connection the primary accepted on a round-robin server.
function onConnection(message, conn) {
  const server = handles.get(message.key);
  let accepted = server !== undefined;
  const owner = accepted ? server[kOwner] : undefined;
  if (owner && owner.maxConnections != null && owner._connections >= owner.maxConnections) {
    accepted = false;
  }
  send({ ack: message.seq, accepted });
  if (accepted) server.onconnection(0, conn);
  else conn.close();
}

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

// Close every server, then disconnect. When the worker started it, the
// primary first learns (and acknowledges) that the exit is deliberate.
function closeAndDisconnect(primaryAsked) {
  this.exitedAfterDisconnect = true;
  let waiting = 1;
  const done = () => {
    if (--waiting !== 0) return;
    if (primaryAsked) process.disconnect();
    else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
  };
  for (const handle of handles.values()) {
    waiting++;
    if (handle[kOwner]) handle[kOwner].close(done);
    else handle.close(done);
  }
  handles.clear();
  done();
}

Worker.prototype.disconnect = function() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    Reflect.apply(closeAndDisconnect, this, []);
  }
  return this;
};

// Servers stay open: the worker tells the primary, disconnects, exits 0.
Worker.prototype.destroy = function() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};
