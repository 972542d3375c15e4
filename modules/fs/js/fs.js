'use strict';
// require('fs'), first part: access/exists and the calls on descriptors,
// each in its callback and *Sync form. The Go binding does the system
// calls (see call.go); these files check arguments and shape results as
// Node does. fs_paths.js and fs_files.js add the rest.

const {
  constants, kMaxUserId, nodeError,
  validateFunction, validateInteger, validateObject, validateBuffer, validateEncoding,
  getValidatedPath, getValidatedFd, parseFileMode, stringToFlags, toUnixTimestamp,
  validateOffsetLengthRead, validateOffsetLengthWrite, validatePosition, validateBufferArray,
  validateStringAfterArrayBufferView, isArrayBufferView, argValue, syncCall, atSite, markSite, ctxOrder,
} = require('internal/fs/utils');
const { getStatsFromBinding, Stats, Dirent } = require('internal/fs/stats');
const { markThrowSite } = require('internal/errors');
const { Buffer } = require('buffer');

const { F_OK, UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION } = constants;
const fs = exports;
// util.promisify resolves with these names for calls with two results.
const kCustomPromisifyArgs = Symbol.for('nodejs.util.promisify.customArgs');

// Callbacks run with no receiver, as Node's do.
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

function makeStatsCallback(cb) {
  validateFunction(cb, 'cb');
  return (err, stats) => (err ? cb(err) : cb(err, getStatsFromBinding(stats)));
}

// Modes of access() and copyFile() are checked where Node checks them, in
// its C++ layer, with that layer's wording.
function validMode(mode, max, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number') {
    throw nodeErrorPlain(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  mode = Math.trunc(mode);
  if (mode < 0 || mode > max) {
    throw nodeErrorPlain(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= 0 && <= ${max}`);
  }
  return mode;
}

function nodeErrorPlain(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function emptyBuffer(buffer) {
  return atSite(argValue('buffer', buffer, 'is empty and cannot be written'), 'node:fs',
    "    throw new ERR_INVALID_ARG_VALUE('buffer', buffer,", 5, true);
}

function symlinkFlags(type) {
  if (typeof type !== 'string' || type === 'file') return 0;
  if (type === 'dir') return UV_FS_SYMLINK_DIR;
  if (type === 'junction') return UV_FS_SYMLINK_JUNCTION;
  throw markSite(nodeError(Error, 'ERR_FS_INVALID_SYMLINK_TYPE',
    `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`), 'checks');
}

// --- access, exists ---------------------------------------------------------

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  binding.access(path, validMode(mode, 7, F_OK), callback);
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  syncCall('access', () => binding.access(path, validMode(mode, 7, F_OK)));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    fs.access(path, F_OK, (err) => callback(!err));
  } catch {
    callback(false);
  }
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.existsSync(path);
}

// --- descriptors ------------------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const n = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, n, mode, callback);
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return syncCall('open', binding.open, path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

// Node's report of this uncaught error quotes its own throw line.
function defaultCloseCallback(err) {
  if (err != null) throw markThrowSite(err, 'node:fs', '  if (err != null) throw err;', 20);
}

function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(getValidatedFd(fd), callback);
}

function closeSync(fd) {
  syncCall('close', binding.close, getValidatedFd(fd));
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', true);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', true);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  if (buffer.byteLength === 0) throw emptyBuffer(buffer);
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position');
  binding.read(fd, buffer, offset, length, position, (err, bytesRead) => callback(err, bytesRead || 0, buffer));
}
Object.defineProperty(read, kCustomPromisifyArgs, { value: ['bytesRead', 'buffer'] });

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', true);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) throw emptyBuffer(buffer);
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position');
  return syncCall('read', binding.read, fd, buffer, offset, length, position);
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback ||= position;
  validateFunction(callback, 'cb');
  if (typeof position !== 'number') position = null;
  binding.readBuffers(fd, buffers, position, (err, n) => callback(err, n || 0, buffers));
}

Object.defineProperty(readv, kCustomPromisifyArgs, { value: ['bytesRead', 'buffers'] });

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return syncCall('readv', binding.readBuffers, fd, buffers, position);
}

// A string to write becomes bytes in its encoding; Node's binding takes
// unknown encoding names as utf8.
function stringBytes(str, encoding) {
  return Buffer.from(str, Buffer.isEncoding(encoding) ? encoding : 'utf8');
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback ||= position || length || offset;
    validateFunction(callback, 'cb');
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.write(fd, buffer, offset, length, position, (err, n) => callback(err, n || 0, buffer));
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  callback = position;
  validateFunction(callback, 'cb');
  const bytes = stringBytes(str, length);
  binding.write(fd, bytes, 0, bytes.length, typeof offset === 'number' ? offset : null,
    (err, n) => callback(err, n || 0, str));
}
Object.defineProperty(write, kCustomPromisifyArgs, { value: ['bytesWritten', 'buffer'] });

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (position === undefined) position = null;
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const pos = typeof position === 'number' || typeof position === 'bigint' ? position : null;
    return writeSyncCall(fd, buffer, offset, length, pos);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = stringBytes(buffer, length);
  return writeSyncCall(fd, bytes, 0, bytes.length, typeof offset === 'number' ? offset : null);
}

function writeSyncCall(fd, buffer, offset, length, position) {
  try {
    return binding.write(fd, buffer, offset, length, position);
  } catch (err) {
    throw markSite(ctxOrder(err), 'write');
  }
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback ||= position;
  validateFunction(callback, 'cb');
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writeBuffers(fd, buffers, position, (err, n) => callback(err, n || 0, buffers));
}
Object.defineProperty(writev, kCustomPromisifyArgs, { value: ['bytesWritten', 'buffer'] });

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return syncCall('writev', binding.writeBuffers, fd, buffers, position);
}

// Calls of (fd, ...ints, callback): fsync, fdatasync, ftruncate, fchmod...
function fdCall(name, fd, args, callback) {
  fd = getValidatedFd(fd);
  if (callback === undefined) return syncCall(name, binding[name], fd, args[0], args[1], args[2]);
  return binding[name](fd, ...args, callback);
}

function fsync(fd, callback) { fdCall('fsync', fd, [], makeCallback(callback)); }
function fsyncSync(fd) { fdCall('fsync', fd, []); }
function fdatasync(fd, callback) { fdCall('fdatasync', fd, [], makeCallback(callback)); }
function fdatasyncSync(fd) { fdCall('fdatasync', fd, []); }

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  fdCall('ftruncate', fd, [len], makeCallback(callback));
}

function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  fdCall('ftruncate', fd, [Math.max(0, len)]);
}

function fchmod(fd, mode, callback) {
  mode = parseFileMode(mode, 'mode');
  fdCall('fchmod', fd, [mode], makeCallback(callback));
}
function fchmodSync(fd, mode) { fdCall('fchmod', fd, [parseFileMode(mode, 'mode')]); }

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function fchown(fd, uid, gid, callback) {
  validateIds(uid, gid);
  fdCall('fchown', fd, [uid, gid], makeCallback(callback));
}
function fchownSync(fd, uid, gid) {
  validateIds(uid, gid);
  fdCall('fchown', fd, [uid, gid]);
}

function futimes(fd, atime, mtime, callback) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  fdCall('futimes', fd, [atime, mtime], makeCallback(callback));
}
function futimesSync(fd, atime, mtime) {
  fdCall('futimes', fd, [toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')]);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeStatsCallback(callback);
  binding.fstat(getValidatedFd(fd), Boolean(options.bigint), callback);
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return getStatsFromBinding(syncCall('fstat', binding.fstat, fd, Boolean(options.bigint)));
}

Object.assign(fs, {
  access, accessSync, exists, existsSync, open, openSync, close, closeSync, read, readSync, readv, readvSync,
  write, writeSync, writev, writevSync, fsync, fsyncSync, fdatasync, fdatasyncSync, ftruncate, ftruncateSync,
  fchmod, fchmodSync, fchown, fchownSync, futimes, futimesSync, fstat, fstatSync, Stats, Dirent,
});

// For fs_paths.js and fs_files.js, which run next on the same module and
// binding.
binding.internals = { makeCallback, makeStatsCallback, validMode, validateIds, symlinkFlags, defaultCloseCallback };
