'use strict';
// ChildProcess, stdio validation and spawnSync over the Go spawn binding.

const EventEmitter = require('events');
const {
  nodeError, invalidArgType, invalidArgValue, validateObject, validateString, validateArray,
  validateBoolean, validateFunction, inspect,
} = require('internal/errors');
const { setupChannel, maybeClose, kChannelHandle } = require('internal/child_process/channel');

// The stdio sockets (and net under them) load with the first pipe:
// cluster.fork() inherits stdio and needs neither.
function createSocket(handle, readable) {
  return require('internal/child_process/stdio').createSocket(handle, readable);
}

const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ENOENT = -2;
const UV_ESRCH = -3;
const UV_EINVAL = -22;
const UV_ENOSYS = -38;

const kIsUsedAsStdio = Symbol('kIsUsedAsStdio');

function errnoException(err, syscall) {
  return require('util')._errnoException(err, syscall);
}

// A signal as os.constants.signals knows it, by number or by name in any
// case; anything else is an unknown signal.
function signalNumber(sig) {
  const signals = require('os').constants.signals;
  if (typeof sig === 'number' && Object.values(signals).includes(sig)) return sig;
  if (typeof sig === 'string') {
    const n = signals[sig.toUpperCase()];
    if (n) return n;
  }
  throw nodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', require('util').format('Unknown signal: %s', sig));
}

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': options.push(stdio, stdio, stdio); break;
    case 'inherit': options.push(0, 1, 2); break;
    default:
      throw invalidArgValue('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

// getValidStdio turns the stdio option into slots for the Go side:
// {type: pipe|overlapped|ignore|inherit|fd, fd, ipc}.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw invalidArgValue('stdio', stdio);
  }
  // The caller's array is filled up to three slots, as node's is.
  while (stdio.length < 3) stdio.push(undefined);

  const out = [];
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      out.push({ type: s === 'overlapped' ? 'overlapped' : 'pipe', readable: i === 0, writable: i !== 0 });
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        if (!sync) throw nodeError(Error, 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
        throw nodeError(Error, 'ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks');
      }
      ipc = true;
      ipcFd = i;
      out.push({ type: 'pipe', ipc: true });
    } else if (s === 'inherit') {
      out.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || (s !== null && typeof s === 'object' && typeof s.fd === 'number')) {
      out.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (s !== null && typeof s === 'object' && isHandle(s._handle || s)) {
      // A stream, socket or handle given as stdio (node's 'wrap'): the
      // child gets its descriptor (see copyWrappedFds), and the parent
      // stops reading it (releaseWrapped).
      const handle = s._handle || s;
      out.push({ type: 'fd', fd: typeof handle.fd === 'number' ? handle.fd : -1, wrapped: s, wrappedHandle: handle });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) {
        throw nodeError(TypeError, 'ERR_INVALID_SYNC_FORK_INPUT',
          `Asynchronous forks do not support Buffer, TypedArray, DataView or string input: ${inspect(s)}`);
      }
    } else {
      throw invalidArgValue('stdio', s);
    }
  }
  return { stdio: out, ipc, ipcFd };
}

// isHandle: a net handle (TCP, or Pipe as a child's stdio pipes are), by
// its descriptor (.fd) or the copy of it that can be had (dupFd).
function isHandle(handle) {
  return handle !== null && typeof handle === 'object' &&
    (typeof handle.fd === 'number' || typeof handle.dupFd === 'function');
}

// copyWrappedFds gives the slots of net handles a copy of their
// descriptor for the child, closed by releaseWrapped once it has it.
function copyWrappedFds(stdio) {
  for (const slot of stdio) {
    if (slot.wrappedHandle === undefined || slot.fd !== -1) continue;
    const fd = slot.wrappedHandle.dupFd();
    if (fd < 0) throw errnoException(fd, 'dup');
    slot.fd = fd;
    slot.copied = true;
  }
}

// Copies of descriptors made for a child are closed; unless stopReading
// is false (spawnSync), the streams it was given as stdio stop reading in
// the parent, and are not resumed when it exits (flushStdio).
function releaseWrapped(stdio, stopReading) {
  for (const slot of stdio) {
    const stream = slot.wrapped;
    if (stream === undefined) continue;
    const handle = slot.wrappedHandle;
    if (slot.copied) {
      slot.copied = false;
      require('fs').closeSync(slot.fd);
      slot.fd = -1;
    }
    if (stopReading === false) continue;
    handle.reading = false;
    if (typeof handle.readStop === 'function') handle.readStop();
    if (stream._readableState) {
      stream.pause();
      stream.readableFlowing = false;
      stream._readableState.reading = false;
    }
    stream[kIsUsedAsStdio] = true;
  }
}

function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream[kIsUsedAsStdio]) continue;
    stream.resume();
  }
}

// ProcessWrap is the JS side of a process handle: spawn(options) and, once
// spawned, the Go handle's kill/ref/unref; onexit is called by Go.
class ProcessWrap {
  constructor() {
    this.pid = 0;
    this.onexit = null;
    this._native = null;
  }

  spawn(options) {
    const res = binding.spawn(options);
    this._native = res.process || null;
    // process._getActiveHandles() lists the ChildProcess, through this.
    if (this._native) this._native[Symbol.for('gocluster.owner_symbol')] = this;
    if (this._native) this._native.onexit = (code, sig) => this.onexit(code, sig);
    this._stdio = res.stdio || [];
    if (res.err === 0) this.pid = res.pid;
    return res.err;
  }

  kill(sig) {
    return this._native ? this._native.kill(sig) : UV_ESRCH;
  }

  ref() { if (this._native) this._native.ref(); }
  unref() { if (this._native) this._native.unref(); }
  hasRef() { return this._native ? this._native.hasRef() : false; }
  close() { if (this._native) this._native.onexit = null; }
}

function ChildProcess() {
  Reflect.apply(EventEmitter, this, []);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;

  this._handle = new ProcessWrap();
  this._handle[Symbol.for('gocluster.owner_symbol')] = this;
  this._handle.onexit = (exitCode, signalCode) => {
    if (signalCode) {
      this.signalCode = signalCode;
    } else {
      this.exitCode = exitCode;
    }
    if (this.stdin) this.stdin.destroy();
    this._handle.close();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = errnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    // Streams nobody reads are drained so that 'close' can come.
    process.nextTick(flushStdio, this);
    maybeClose(this);
  };
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  let stdio = getValidStdio(options.stdio || 'pipe', false);
  const { ipc, ipcFd } = stdio;
  stdio = options.stdio = stdio.stdio;

  if (options.serialization !== undefined && options.serialization !== 'json' &&
      options.serialization !== 'advanced') {
    throw invalidArgValue('options.serialization', options.serialization,
      "must be one of: undefined, 'json', 'advanced'");
  }
  const serialization = options.serialization || 'json';
  if (ipc !== undefined) {
    if (options.envPairs === undefined) options.envPairs = [];
    else validateArray(options.envPairs, 'options.envPairs');
    options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
    options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
  }

  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }

  let err;
  try {
    copyWrappedFds(stdio);
    err = this._handle.spawn(options);
  } finally {
    releaseWrapped(stdio);
  }
  const handles = this._handle._stdio;

  if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
    // Run-time failures are 'error' events, not exceptions.
    process.nextTick(() => this._handle.onexit(err));
    if (err === UV_EMFILE || err === UV_ENFILE) return err;
  } else if (err) {
    for (const h of handles) if (h) h.close();
    this._handle.close();
    this._handle = null;
    throw errnoException(err, 'spawn');
  } else {
    process.nextTick(() => this.emit('spawn'));
  }

  this.pid = this._handle.pid || undefined;

  for (let i = 0; i < stdio.length; i++) {
    const slot = stdio[i];
    if (slot.type === 'ignore') continue;
    if (slot.ipc) {
      this._closesNeeded++;
      continue;
    }
    if (handles[i]) {
      slot.socket = createSocket(handles[i], i > 0);
      if (i > 0) {
        this._closesNeeded++;
        slot.socket.on('close', () => maybeClose(this));
      }
    }
  }

  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = [];
  for (let i = 0; i < stdio.length; i++) {
    this.stdio.push(stdio[i].socket === undefined ? null : stdio[i].socket);
  }

  if (ipc !== undefined) setupChannel(this, handles[ipcFd], serialization);
  return err;
};

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : signalNumber(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_ESRCH) {
      // Already gone.
    } else if (err === UV_EINVAL || err === UV_ENOSYS) {
      throw errnoException(err, 'kill');
    } else {
      this.emit('error', errnoException(err, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype[Symbol.dispose || Symbol.for('nodejs.dispose')] = function() {
  if (!this.killed) this.kill();
};

ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};

function spawnSync(options) {
  const result = binding.spawnSync(options);
  if (result.output && options.encoding && options.encoding !== 'buffer') {
    for (let i = 0; i < result.output.length; i++) {
      if (!result.output[i]) continue;
      result.output[i] = result.output[i].toString(options.encoding);
    }
  }
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (result.error) {
    result.error = errnoException(result.error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

module.exports = {
  ChildProcess, kChannelHandle, setupChannel, getValidStdio, stdioStringToArray, spawnSync,
  copyWrappedFds, releaseWrapped,
  signalNumber, invalidArgValue, validateObject, validateString, validateArray, validateBoolean,
  validateFunction, errnoException,
};
