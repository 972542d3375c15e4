'use strict';
// cluster in the primary process: settings, fork(), the lifecycle of each
// worker as seen from its ChildProcess, cluster.disconnect(), and the
// NODE_CLUSTER requests workers send (online, listening, server queries).

const EventEmitter = require('events');
const { nodeError, markThrowSite } = require('internal/errors');
const Worker = binding.load('worker');
const { internal, sendHelper } = binding.load('utils');

const cluster = new EventEmitter();
const ownEmit = EventEmitter.prototype.emit;
// Fires once cluster.workers has emptied, for cluster.disconnect(cb).
const drained = new EventEmitter();
// Shared listening sockets by key; see queryServer.
const handles = new Map();

const SCHED_NONE = 1;
const SCHED_RR = 2;
// gocluster's own policy (reuseport_handle.js), numbered far from Node's
// small integers so that a policy Node adds one day cannot collide.
const SCHED_REUSEPORT = 256;

module.exports = cluster;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
// Not enumerable: the module's keys stay Node's.
Object.defineProperty(cluster, 'SCHED_REUSEPORT', {
  value: SCHED_REUSEPORT, writable: true, configurable: true, enumerable: false,
});

let lastId = 0;
let initialized = false;

// Round-robin by default, except on Windows; the environment may choose.
let policy;
switch (process.env.NODE_CLUSTER_SCHED_POLICY) {
  case 'rr': policy = SCHED_RR; break;
  case 'none': policy = SCHED_NONE; break;
  case 'reuseport': policy = SCHED_REUSEPORT; break;
  default: policy = process.platform === 'win32' ? SCHED_NONE : SCHED_RR;
}
cluster.schedulingPolicy = policy;

function internalAssertion(message) {
  const text = `${message}\n` +
    'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
  const err = nodeError(Error, 'ERR_INTERNAL_ASSERTION', text);
  // The message spans lines: the stack is its head and then the frames.
  const frames = err.stack.indexOf('\n    at ');
  err.stack = `Error [ERR_INTERNAL_ASSERTION]: ${text}${frames === -1 ? '' : err.stack.slice(frames)}`;
  return markThrowSite(err, 'node:internal/assert', '    throw new ERR_INTERNAL_ASSERTION(message);', 5);
}

cluster.setupPrimary = function(options) {
  // Later calls merge into what earlier ones set.
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  // V8 profiles of several processes must not share one log file.
  const argv = settings.execArgv;
  if (argv.some((a) => a.startsWith('--prof')) && !argv.some((a) => a.startsWith('--logfile='))) {
    settings.execArgv = [...argv, '--logfile=v8-%p.log'];
  }
  cluster.settings = settings;

  if (!initialized) {
    initialized = true;
    // The policy is fixed from the first setup on.
    policy = cluster.schedulingPolicy;
    if (policy !== SCHED_NONE && policy !== SCHED_RR && policy !== SCHED_REUSEPORT) {
      throw internalAssertion(`Bad cluster.schedulingPolicy: ${policy}`);
    }
  }
  process.nextTick(emitSetup, settings);
};

cluster.setupMaster = cluster.setupPrimary;

function emitSetup(settings) {
  cluster.emit('setup', settings);
}

function spawnWorker(id, env) {
  const s = cluster.settings;
  if (s.inspectPort === null) {
    throw markThrowSite(nodeError(RangeError, 'ERR_SOCKET_BAD_PORT',
      'Port should be >= 0 and < 65536. Received null.'),
    'node:internal/cluster/primary', "    throw new ERR_SOCKET_BAD_PORT('Port', null, true);", 5);
  }
  const { fork } = require('child_process');
  return fork(s.exec, s.args, {
    cwd: s.cwd,
    env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
    serialization: s.serialization,
    silent: s.silent,
    windowsHide: s.windowsHide,
    execArgv: [...s.execArgv],
    stdio: s.stdio,
    gid: s.gid,
    uid: s.uid,
  });
}

// forget drops a worker from cluster.workers; the last one out lets
// cluster.disconnect(cb) finish.
function forget(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) drained.emit('disconnect');
}

function dropHandles(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

cluster.fork = function(env) {
  cluster.setupPrimary();
  const id = ++lastId;
  const worker = new Worker({ id, process: spawnWorker(id, env) });

  worker.on('message', function(message, handle) {
    // What EventEmitter's emit would find: no listener, nothing to do (and
    // no rest array to make per message).
    const events = cluster._events;
    if (cluster.emit === ownEmit && (events === undefined || events.message === undefined)) return;
    cluster.emit('message', this, message, handle);
  });

  // A worker stays in cluster.workers until both its channel has closed and
  // its process has exited, whichever comes last, unless disconnect()
  // dropped it earlier.
  worker.process.once('exit', (exitCode, signalCode) => {
    if (!worker.isConnected()) {
      dropHandles(worker);
      forget(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });

  worker.process.once('disconnect', () => {
    dropHandles(worker);
    if (worker.isDead()) forget(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });

  worker.process.on('internalMessage', internal(worker, onRequest));
  process.nextTick(emitFork, worker);
  cluster.workers[worker.id] = worker;
  return worker;
};

function emitFork(worker) {
  cluster.emit('fork', worker);
}

cluster.disconnect = function(cb) {
  const workers = Object.values(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(() => drained.emit('disconnect'));
  } else {
    for (const worker of workers) {
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof cb === 'function') drained.once('disconnect', cb);
};

const requests = {
  __proto__: null,
  online(worker) {
    worker.state = 'online';
    worker.emit('online');
    cluster.emit('online', worker);
  },
  exitedAfterDisconnect(worker, message) {
    worker.exitedAfterDisconnect = true;
    send(worker, { ack: message.seq });
  },
  queryServer,
  listening(worker, message) {
    const info = {
      addressType: message.addressType,
      address: message.address,
      port: message.port,
      fd: message.fd,
    };
    worker.state = 'listening';
    worker.emit('listening', info);
    cluster.emit('listening', worker, info);
  },
  // A worker closed a server. Its handle entry may be gone already.
  close(worker, message) {
    const handle = handles.get(message.key);
    if (handle !== undefined && handle.remove(worker)) handles.delete(message.key);
  },
};

function onRequest(message) {
  const fn = requests[message.act];
  if (typeof fn === 'function') fn(this, message);
}

// A worker's listen(). Every worker's k-th listen on the same address tuple
// maps to one key, so they share one socket (and listen(0) one port).
function queryServer(worker, message) {
  if (worker.exitedAfterDisconnect) return;
  const key = `${message.address}:${message.port}:${message.addressType}:${message.fd}:${message.index}`;
  let handle = handles.get(key);
  if (handle === undefined) {
    let address = message.address;
    // Unix socket paths have a ~100 byte limit: take the shorter form.
    if (message.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
      // path loads with the first pipe server, not with cluster.
      address = require('path').relative(process.cwd(), address);
      if (message.address.length < address.length) address = message.address;
    }
    handle = new (handleKind(message))(key, address, message);
    handles.set(key, handle);
  }
  if (!handle.data) handle.data = message.data;

  handle.add(worker, (errno, reply, fd) => {
    const { data } = handles.get(key);
    // A failed bind gives other workers a fresh try.
    if (errno) handles.delete(key);
    send(worker, { errno, key, ack: message.seq, data, ...reply }, fd);
  });
}

// handleKind is how a server is shared under the policy. Datagrams have no
// connections to hand out: UDP always shares the primary's socket; so do
// pipes and inherited fds under SCHED_REUSEPORT, which only TCP ports have.
function handleKind({ addressType }) {
  const udp = addressType === 'udp4' || addressType === 'udp6';
  if (policy === SCHED_RR && !udp) return binding.load('round_robin_handle');
  if (policy === SCHED_REUSEPORT && (addressType === 4 || addressType === 6)) {
    return binding.load('reuseport_handle');
  }
  return binding.load('shared_handle');
}

function send(worker, message, handle, cb) {
  return sendHelper(worker.process, message, handle, cb);
}

// The primary asks the worker to close its servers and disconnect; the
// worker leaves cluster.workers at once.
Worker.prototype.disconnect = function() {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  dropHandles(this);
  forget(this);
  return this;
};

// Only a signal: exitedAfterDisconnect stays false.
Worker.prototype.destroy = function(signo) {
  this.process.kill(signo || 'SIGTERM');
};
