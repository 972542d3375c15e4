'use strict';
// internal/webstreams: the WHATWG streams standard (https://streams.spec.whatwg.org),
// its algorithms followed step by step. The parts (util, queuing, readable,
// bytes, pipe, writable, transform, encoding) run as one program, so each
// sees the others' functions.

const {
  makeNodeError, invalidArgType, invalidArgValue, invalidThis,
} = require('internal/errors');

const kState = Symbol('kState');
const kType = Symbol('kType');
// goja may lack Symbol.asyncIterator; for await then looks up this key.
const kAsyncIterator = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
let allowConstruct = false;

function invalidState(message) {
  return makeNodeError(TypeError, 'ERR_INVALID_STATE', `Invalid state: ${message}`);
}

function illegalConstructor() {
  return makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function rangeArgValue(name, value, reason) {
  return makeNodeError(RangeError, 'ERR_INVALID_ARG_VALUE', invalidArgValue(name, value, reason).message);
}

// Internal classes (controllers, requests) are made only by the standard's
// algorithms, never by user code.
function construct(Class, ...args) {
  allowConstruct = true;
  try {
    return new Class(...args);
  } finally {
    allowConstruct = false;
  }
}

function checkConstruct() {
  if (!allowConstruct) throw illegalConstructor();
  allowConstruct = false;
}

function isBrand(value, type) {
  return value != null && typeof value === 'object' && value[kType] === type;
}

function brand(self, type) {
  Object.defineProperty(self, kType, { value: type });
}

function checkBrand(self, type) {
  if (!isBrand(self, type)) throw invalidThis(type);
}

// Rejecting (rather than throwing) form of checkBrand, for methods that
// return promises.
function brandRejection(self, type) {
  return isBrand(self, type) ? undefined : Promise.reject(invalidThis(type));
}

function inspectFields(self, fields, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? options.depth : options.depth - 1 };
  return `${self[kType]} ${require('util').inspect(fields, opts)}`;
}

function newDeferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

function setHandled(promise) {
  promise.then(undefined, () => {});
}

function resolvedWith(value) {
  return Promise.resolve(value);
}

function rejectedWith(reason) {
  return Promise.reject(reason);
}

function transformPromise(promise, onFulfilled, onRejected) {
  return promise.then(onFulfilled, onRejected);
}

function uponPromise(promise, onFulfilled, onRejected) {
  setHandled(promise.then(onFulfilled, onRejected));
}

// Calls method of object with args as a promise (a throw becomes a
// rejection), or resolves undefined when the method is absent.
function promiseCall(fn, thisArg, ...args) {
  try {
    return Promise.resolve(fn.apply(thisArg, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

function getMethod(obj, name, owner) {
  if (obj == null) return undefined;
  const fn = obj[name];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') throw invalidArgType(`${owner}.${name}`, 'Function', fn);
  return fn;
}

// --- queue-with-sizes ----------------------------------------------------------

function resetQueue(container) {
  container.queue = [];
  container.queueHead = 0;
  container.queueTotalSize = 0;
}

function queueLength(container) {
  return container.queue.length - container.queueHead;
}

function peekQueue(container) {
  return container.queue[container.queueHead];
}

function dequeueValue(container) {
  const pair = container.queue[container.queueHead];
  container.queue[container.queueHead++] = undefined;
  if (container.queueHead > 1024 && container.queueHead * 2 > container.queue.length) {
    container.queue = container.queue.slice(container.queueHead);
    container.queueHead = 0;
  }
  container.queueTotalSize = Math.max(0, container.queueTotalSize - pair.size);
  return pair.value;
}

function enqueueValueWithSize(container, value, size) {
  size = +size;
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw rangeArgValue('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

// --- strategies ---------------------------------------------------------------

function extractHighWaterMark(strategy, defaultHWM) {
  const hwm = strategy == null ? undefined : strategy.highWaterMark;
  if (hwm === undefined) return defaultHWM;
  const n = +hwm;
  if (Number.isNaN(n) || n < 0) throw rangeArgValue('strategy.highWaterMark', n);
  return n;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy == null ? undefined : strategy.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw invalidArgType('strategy.size', 'function', size);
  return (chunk) => size(chunk);
}

// --- buffers --------------------------------------------------------------------

const { isArrayBufferView, isAnyArrayBuffer } = require('util').types;

function isDetached(buffer) {
  if (buffer.byteLength !== 0) return false;
  try {
    // A detached buffer cannot back a new view.
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

// TransferArrayBuffer: a new ArrayBuffer with the bytes; the old one is
// detached.
function transferArrayBuffer(buffer) {
  const copy = buffer.slice(0);
  binding.detach(buffer);
  return copy;
}

function copyBytes(dest, destOffset, src, srcOffset, n) {
  new Uint8Array(dest, destOffset, n).set(new Uint8Array(src, srcOffset, n));
}

function cloneAsUint8Array(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

function isNonNegativeNumber(v) {
  return typeof v === 'number' && !Number.isNaN(v) && v >= 0;
}
