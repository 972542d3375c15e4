'use strict';
// Body of function(exports, require, module, binding): worker_threads. A
// Worker is another runtime on a goroutine of this process (worker.go);
// messages, workerData and a worker's uncaught exception cross as
// v8.serialize bytes, as node's structured clone would copy them.

const EventEmitter = require('events');
const path = require('path');
const { nodeError, invalidArgType, validateArray } = require('internal/errors');
const {
  MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort,
  makeRemotePort, deliverToPort,
} = require('internal/worker/io');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

// A value as the other runtime receives it: fresh bytes, and the
// SharedArrayBuffers they name, whose memory is shared rather than copied.
let v8;
function encode(value) {
  v8 ??= require('v8');
  const shared = [];
  const ser = new v8.Serializer();
  ser._getSharedArrayBufferId = (sab) => {
    const at = shared.indexOf(sab);
    return at === -1 ? shared.push(sab) - 1 : at;
  };
  ser.writeHeader();
  try {
    ser.writeValue(value);
  } catch (err) {
    // The serializer's refusal as node's postMessage words it.
    structuredClone(value);
    throw err;
  }
  const buf = ser.releaseBuffer();
  return [buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length), shared];
}

function decode(ab, shared) {
  v8 ??= require('v8');
  const de = new v8.Deserializer(Buffer.from(ab));
  de._shared = shared;
  de.readHeader();
  return de.readValue();
}

function toBytes(value) {
  return encode(value)[0];
}

function fromBytes(ab) {
  return decode(ab, []);
}

function workerPath(filename) {
  if (filename instanceof URL || (typeof filename === 'string' && filename.startsWith('file:'))) {
    const url = filename instanceof URL ? filename : new URL(filename);
    if (url.protocol !== 'file:') {
      throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    }
    return require('url').fileURLToPath(url);
  }
  if (path.isAbsolute(filename) || /^\.\.?[\\/]/.test(filename)) return path.resolve(filename);
  throw nodeError(TypeError, 'ERR_WORKER_PATH',
    'The worker script or module filename must be an absolute path or a relative path ' +
    `starting with './' or '../'. Received "${filename}"`);
}

function workerEnv(env) {
  if (env === SHARE_ENV) return null;
  if (env === undefined || env === null) env = process.env;
  else if (typeof env !== 'object') {
    throw invalidArgType('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], env);
  }
  const copy = {};
  for (const key of Object.keys(env)) copy[key] = `${env[key]}`;
  return copy;
}

// An uncaught exception crosses as node's does: an error keeps its class
// (the nearest built-in error class on its prototype chain), and its own
// properties (message, stack, code, ...) as they were; anything else is
// cloned, or failing that sent as its inspection.
const errorClasses = [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError, Error];

function errorClassOf(value) {
  if (value === null || typeof value !== 'object') return undefined;
  for (let p = Object.getPrototypeOf(value); p !== null; p = Object.getPrototypeOf(p)) {
    const own = Object.getOwnPropertyDescriptor(p, 'constructor');
    if (own !== undefined && errorClasses.includes(own.value)) return own.value.name;
  }
  return undefined;
}

function encodeError(err) {
  const name = errorClassOf(err);
  if (name !== undefined) {
    const props = [];
    const keys = Object.getOwnPropertyNames(err);
    // goja keeps an error's stack off its own properties.
    if (!keys.includes('stack')) keys.push('stack');
    for (const key of keys) {
      const desc = Object.getOwnPropertyDescriptor(err, key);
      let value;
      try {
        value = err[key];
        structuredClone(value);
      } catch {
        continue;
      }
      if (value === undefined && desc === undefined) continue;
      props.push([key, value, desc !== undefined && desc.enumerable]);
    }
    return toBytes({ kind: 'error', name, props });
  }
  try {
    return toBytes({ kind: 'value', value: err });
  } catch {
    return toBytes({ kind: 'value', value: require('util').inspect(err) });
  }
}

function decodeError(ab) {
  if (ab.byteLength === 0) return new Error('The worker failed with an exception that could not be sent');
  const m = fromBytes(ab);
  if (m.kind !== 'error') return m.value;
  const Class = errorClasses.find((c) => c.name === m.name) || Error;
  const err = Object.create(Class.prototype);
  for (const [key, value, enumerable] of m.props) {
    Object.defineProperty(err, key, { value, enumerable, writable: true, configurable: true });
  }
  return err;
}

// Every worker's output goes to the parent's stdout and stderr: as many
// pipes as workers, which is no listener leak to warn about.
function pipeQuietly(from, to) {
  const limits = [from.getMaxListeners(), to.getMaxListeners()];
  from.setMaxListeners(Infinity);
  to.setMaxListeners(Infinity);
  from.pipe(to);
  from.setMaxListeners(limits[0]);
  to.setMaxListeners(limits[1]);
}

let nextThreadId = 1;
const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kExitCode = Symbol('kExitCode');

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    // Node's argument checks, in its order, so bad calls fail the same way.
    if (options.execArgv) validateArray(options.execArgv, 'options.execArgv');
    if (options.argv) validateArray(options.argv, 'options.argv');
    if (!options.eval && typeof filename !== 'string' && !(filename instanceof URL)) {
      throw invalidArgType('filename', ['string', 'URL'], filename);
    }
    super();
    const isEval = Boolean(options.eval);
    if (isEval && typeof filename !== 'string') throw invalidArgType('filename', 'string', filename);
    const file = isEval ? filename : workerPath(filename);
    const env = workerEnv(options.env);
    const [data, dataShared] = encode(options.workerData);

    this.threadId = nextThreadId++;
    this.resourceLimits = { ...options.resourceLimits };
    this[kExitCode] = undefined;
    const { Readable } = require('stream');
    this.stdin = null;
    if (options.stdin) {
      // What the parent writes is the worker's process.stdin.
      const { Writable } = require('stream');
      class WritableWorkerStdio extends Writable {}
      this.stdin = new WritableWorkerStdio({
        write: (chunk, encoding, cb) => {
          const b = Buffer.from(chunk, encoding);
          this[kHandle].writeStdin(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
          cb();
        },
        final: (cb) => {
          this[kHandle].writeStdin(null);
          cb();
        },
      });
    }
    this.stdout = new Readable({ read() {} });
    this.stderr = new Readable({ read() {} });
    if (!options.stdout) pipeQuietly(this.stdout, process.stdout);
    if (!options.stderr) pipeQuietly(this.stderr, process.stderr);

    // What the parent posts goes to the worker's parentPort; what the
    // worker posts arrives on this port, which keeps nothing alive (the
    // worker itself does, until it exits or is unref'd).
    const port = makeRemotePort((value, transfer) => this[kHandle].postMessage(...encode(value)));
    port.on('message', (value) => this.emit('message', value));
    port.unref();
    this[kPort] = port;

    this[kHandle] = binding.start({
      filename: file,
      isEval,
      hasStdin: Boolean(options.stdin),
      argv: options.argv === undefined ? [] : options.argv.map(String),
      execArgv: options.execArgv === undefined ? [] : options.execArgv.map(String),
      env,
      data,
      dataShared,
      environmentData: toBytes(environmentData),
      threadId: this.threadId,
      onMessage: (ab, shared) => deliverToPort(port, decode(ab, shared)),
      onStdio: (fd, ab) => (fd === 1 ? this.stdout : this.stderr).push(Buffer.from(ab)),
      onOnline: () => this.emit('online'),
      onError: (ab) => this.emit('error', decodeError(ab)),
      onExit: (code) => this._exited(code),
    });
  }

  _exited(code) {
    this[kExitCode] = code;
    this.stdout.push(null);
    this.stderr.push(null);
    // Messages already delivered go out before 'exit'.
    setImmediate(() => {
      this[kPort].close();
      this.emit('exit', code);
    });
  }

  postMessage(value, transfer) {
    if (arguments.length === 0) throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "value" argument must be specified');
    if (this[kExitCode] !== undefined) return;
    this[kPort].postMessage(value, transfer);
  }

  terminate(callback) {
    if (this[kExitCode] !== undefined) return Promise.resolve(undefined);
    const done = new Promise((resolve) => this.once('exit', resolve));
    if (typeof callback === 'function') done.then((code) => callback(null, code));
    this[kHandle].terminate();
    return done;
  }

  ref() {
    this[kHandle].ref();
  }

  unref() {
    this[kHandle].unref();
  }
}

// Node copies this data into each new Worker.
let environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

// A marked ArrayBuffer named in a transfer list is copied, not detached.
function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  binding.markUntransferable(obj);
}

// Inside a worker: parentPort is this thread's end of the channel.
const self = binding.worker;
let parentPort = null;
let workerData = null;
if (self !== undefined) {
  self.encodeError = encodeError;
  parentPort = makeRemotePort((value) => self.post(...encode(value)));
  self.attach((ab, shared) => deliverToPort(parentPort, decode(ab, shared)));
  workerData = decode(self.data, self.dataShared);
  environmentData = fromBytes(self.environmentData);
}

// A worker's process.stdin: what the parent writes to worker.stdin (which
// keeps the worker alive until it ends), or with no stdin option a stream
// that ends at once, as node's.
function workerStdin() {
  const { Readable } = require('stream');
  class ReadableWorkerStdio extends Readable {
    _read() {}
  }
  const stdin = new ReadableWorkerStdio();
  if (!self.hasStdin) {
    stdin.push(null);
    return stdin;
  }
  self.attachStdin((ab) => {
    if (ab !== null) {
      stdin.push(Buffer.from(ab));
      return;
    }
    self.stdinEnded();
    stdin.push(null);
  });
  return stdin;
}

module.exports = {
  [Symbol.for('gocluster.workerStdin')]: workerStdin,
  isMainThread: self === undefined,
  resourceLimits: {},
  threadId: self === undefined ? 0 : self.threadId,
  SHARE_ENV,
  Worker,
  parentPort,
  workerData,
  setEnvironmentData,
  getEnvironmentData,
  markAsUntransferable,
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  receiveMessageOnPort,
};
