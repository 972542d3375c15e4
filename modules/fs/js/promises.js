'use strict';
// internal/fs/promises, first part: FileHandle and the operations on it.
// Each call checks its arguments as the callback form does (throwing inside
// the async function, so the promise rejects) and awaits the binding.

const {
  kMaxUserId, abortError, asPromise, argValue, isArrayBufferView, validateInteger, validateObject,
  validateBuffer, validateEncoding, parseFileMode, toUnixTimestamp, validateOffsetLengthRead,
  validateOffsetLengthWrite, validateBufferArray, validateStringAfterArrayBufferView, nodeError,
} = require('internal/fs/utils');
const { getStatsFromBinding } = require('internal/fs/stats');
const EventEmitter = require('events');
const { Buffer } = require('buffer');

// call runs binding[name] and settles with its result; a failure gets the
// frame of the API function that awaited it, as V8's async stacks give.
function call(api, name, ...args) {
  return new Promise((resolve, reject) => {
    binding[name](...args, (err, value) => (err ? reject(asPromise(err, api)) : resolve(value)));
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw abortError(signal);
}

function validMode(mode, max, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number') {
    const err = new TypeError('mode must be int32 or null/undefined');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  mode = Math.trunc(mode);
  if (mode < 0 || mode > max) {
    const err = new RangeError(`mode is out of range: >= 0 && <= ${max}`);
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return mode;
}

const kHandle = Symbol('kHandle');
const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

// The descriptor a FileHandle owns (Node's native FileHandle object).
const NativeHandle = { FileHandle: class FileHandle {} }.FileHandle;
function nativeHandle(fd) {
  const h = new NativeHandle();
  Object.defineProperty(h, 'fd', { value: fd, enumerable: false });
  Object.defineProperty(h, 'close', { value: () => call('close', 'close', fd), enumerable: false });
  return h;
}

// Node's FileHandle is an EventEmitter by mixin, not by inheritance
// (instanceof EventEmitter is false).
class JSTransferable {}
class MixedEventEmitter extends JSTransferable {
  constructor(...args) {
    super(...args);
    Reflect.apply(EventEmitter, this, []);
  }
}
{
  const props = Object.getOwnPropertyDescriptors(EventEmitter.prototype);
  delete props.constructor;
  Object.defineProperties(MixedEventEmitter.prototype, props);
}

class FileHandle extends MixedEventEmitter {
  constructor(handle) {
    super();
    this[kHandle] = handle;
    this[kFd] = handle ? handle.fd : -1;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    const close = () => {
      if (this[kFd] === -1) return Promise.resolve();
      if (this[kClosePromise]) return this[kClosePromise];
      this[kRefs]--;
      if (this[kRefs] === 0) {
        this[kFd] = -1;
        this[kClosePromise] = this[kHandle].close().finally(() => { this[kClosePromise] = undefined; });
      } else {
        // Operations still run: close when the last one ends.
        this[kClosePromise] = new Promise((resolve, reject) => {
          this[kCloseResolve] = resolve;
          this[kCloseReject] = reject;
        }).finally(() => {
          this[kClosePromise] = undefined;
          this[kCloseReject] = undefined;
          this[kCloseResolve] = undefined;
        });
      }
      this.emit('close');
      return this[kClosePromise];
    };
    this.close = close;
  }

  getAsyncId() { return -1; }
  get fd() { return this[kFd]; }
  appendFile(data, options) { return fsCall(api.writeFile, this, data, options); }
  chmod(mode) { return fsCall(fchmod, this, mode); }
  chown(uid, gid) { return fsCall(fchown, this, uid, gid); }
  datasync() { return fsCall(fdatasync, this); }
  sync() { return fsCall(fsync, this); }
  read(buffer, offset, length, position) { return fsCall(read, this, buffer, offset, length, position); }
  readv(buffers, position) { return fsCall(readv, this, buffers, position); }
  readFile(options) { return fsCall(api.readFile, this, options); }
  readLines(options = undefined) {
    const { Interface } = require('readline');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }
  stat(options) { return fsCall(fstat, this, options); }
  truncate(len = 0) { return fsCall(ftruncate, this, len); }
  utimes(atime, mtime) { return fsCall(futimes, this, atime, mtime); }
  write(buffer, offset, length, position) { return fsCall(write, this, buffer, offset, length, position); }
  writev(buffers, position) { return fsCall(writev, this, buffers, position); }
  writeFile(data, options) { return fsCall(api.writeFile, this, data, options); }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0) {
      this[kFd] = -1;
      this[kHandle].close().then(this[kCloseResolve], this[kCloseReject]);
    }
  }
}
if (typeof Symbol.asyncDispose === 'symbol') {
  FileHandle.prototype[Symbol.asyncDispose] = async function () { return this.close(); };
}

async function fsCall(fn, handle, ...args) {
  if (handle[kRefs] === undefined) {
    // Node's internal assertion, for a method called on another object.
    throw nodeError(Error, 'ERR_INTERNAL_ASSERTION', 'handle must be an instance of FileHandle\n' +
      'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n');
  }
  if (handle.fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle[kRef]();
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

// Runs op, then closes the handle; an op failure wins over a close failure.
async function thenClose(op, handle) {
  let result;
  try {
    result = await op;
  } catch (err) {
    await handle.close().catch(() => {});
    throw err;
  }
  await handle.close();
  return result;
}

// --- FileHandle operations ----------------------------------------------------

async function fstat(handle, options = { bigint: false }) {
  return getStatsFromBinding(await call('fstat', 'fstat', handle.fd, Boolean(options.bigint)));
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  return call('ftruncate', 'ftruncate', handle.fd, Math.max(0, len));
}

async function fchmod(handle, mode) {
  return call('fchmod', 'fchmod', handle.fd, parseFileMode(mode, 'mode'));
}

async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('fchown', 'fchown', handle.fd, uid, gid);
}

async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return call('futimes', 'futimes', handle.fd, atime, mtime);
}

async function fsync(handle) { return call('fsync', 'fsync', handle.fd); }
async function fdatasync(handle) { return call('fdatasync', 'fdatasync', handle.fd); }

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    if (bufferOrParams !== undefined) validateObject(bufferOrParams, 'options', true);
    ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null } = bufferOrParams ?? {});
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) throw argValue('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (!Number.isSafeInteger(position)) position = -1;
  const bytesRead = (await call('read', 'read', handle.fd, buffer, offset, length, position)) || 0;
  return { __proto__: null, bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = (await call('readv', 'readBuffers', handle.fd, buffers, position)) || 0;
  return { __proto__: null, bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = (await call('write', 'write', handle.fd, buffer, offset, length, position)) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = Buffer.from(buffer, Buffer.isEncoding(length) ? length : 'utf8');
  const pos = typeof offset === 'number' ? offset : null;
  const bytesWritten = (await call('write', 'write', handle.fd, bytes, 0, bytes.length, pos)) || 0;
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = (await call('writev', 'writeBuffers', handle.fd, buffers, position)) || 0;
  return { __proto__: null, bytesWritten, buffers };
}

async function readFileHandle(handle, options) {
  const signal = options?.signal;
  checkAborted(signal);
  const encoding = options?.encoding === 'buffer' ? undefined : options?.encoding || undefined;
  const data = await call('readFile', 'readFile', handle.fd, true, 0, encoding);
  checkAborted(signal);
  return data;
}

const isCustomIterable = (v) => v != null && typeof v !== 'string' && !isArrayBufferView(v) &&
  (typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function');

async function writeFileHandle(handle, data, signal, encoding) {
  checkAborted(signal);
  if (isCustomIterable(data)) {
    // goja has no for await: walk the iterator by hand.
    const it = typeof data[Symbol.asyncIterator] === 'function' ? data[Symbol.asyncIterator]() : data[Symbol.iterator]();
    for (;;) {
      const step = await it.next();
      if (step.done) break;
      const chunk = await step.value;
      checkAborted(signal);
      const bytes = isArrayBufferView(chunk) ? chunk : Buffer.from(chunk, encoding || 'utf8');
      await call('writeFile', 'writeFile', handle.fd, true, bytes, 0, 0, false);
      checkAborted(signal);
    }
    return;
  }
  if (data.byteLength === 0) return;
  await call('writeFile', 'writeFile', handle.fd, true, data, 0, 0, false);
  checkAborted(signal);
}

// require('fs/promises'); promises_api.js, run next on this module, fills it.
const api = {};

module.exports = {
  exports: api,
  FileHandle, kRef, kUnref, kHandle, call, checkAborted, validMode, nativeHandle, thenClose,
  fstat, ftruncate, fchmod, fchown, futimes, fsync, fdatasync, read, readv, write, writev,
  readFileHandle, writeFileHandle, isCustomIterable,
};
