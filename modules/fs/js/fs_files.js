'use strict';
// require('fs'), third part: whole-file calls (readFile, writeFile,
// appendFile, truncate, copyFile), removal (rm, rmdir), realpath, mkdtemp,
// the lazily loaded parts (Dir, cp, streams, promises) and the final
// order of the exports, which is Node's.

const {
  constants, abortError, eisdir, validateFunction, validateBoolean, validateInteger, validatePath,
  getValidatedPath, parseFileMode, stringToFlags, getOptions, copyObject, toUnixTimestamp, toPathIfFileURL,
  validateStringAfterArrayBufferView, isArrayBufferView, validateRmdirOptions, validateRmOptionsShape,
  warnOnNonPortableTemplate, validateObject, validateString, syncCall, markSite, atSite, ctxOrder,
} = require('internal/fs/utils');
const { Buffer } = require('buffer');
const pathModule = require('path');

const fs = exports;
const { makeCallback, validMode } = binding.internals;

const isFd = (v) => v === (v | 0);
const isUtf8 = (enc) => enc === 'utf8' || enc === 'utf-8';

// --- readFile, writeFile, appendFile ----------------------------------------

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const userFd = isFd(path);
  const { signal, encoding } = options;
  let flags = 0;
  if (!userFd) {
    if (signal?.aborted) {
      callback(abortError(signal));
      return;
    }
    flags = stringToFlags(options.flag, 'options.flag');
    path = getValidatedPath(path);
  }
  binding.readFile(path, userFd, flags, undefined, (err, buf) => {
    if (!err && signal?.aborted) err = abortError(signal);
    if (err) return callback(err);
    let data = buf;
    if (encoding) {
      try {
        data = buf.toString(encoding);
      } catch (e) {
        return callback(e);
      }
    }
    callback(null, data);
  });
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const userFd = isFd(path);
  if (!userFd) path = getValidatedPath(path);
  const flags = userFd ? 0 : stringToFlags(options.flag);
  const encoding = options.encoding === 'buffer' ? undefined : options.encoding || undefined;
  try {
    return binding.readFile(path, userFd, flags, encoding);
  } catch (err) {
    // Node reads utf8 in one C++ call, other encodings through openSync,
    // fstat and readSync.
    if (isUtf8(options.encoding)) throw markSite(err, 'readFileUtf8');
    throw markSite(err, { open: 'open', fstat: 'fstatReadFile', read: 'read' }[err.syscall]);
  }
}

function writeOptions(options, flag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag, flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  return { options, flush, flag: options.flag || 'w' };
}

function toBytes(data, encoding) {
  if (isArrayBufferView(data)) return data;
  validateStringAfterArrayBufferView(data, 'data');
  return Buffer.from(data, encoding || 'utf8');
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  const w = writeOptions(options, 'w');
  options = w.options;
  const bytes = toBytes(data, options.encoding);
  const { signal } = options;
  const finish = (err) => {
    if (!err && signal?.aborted) err = abortError(signal);
    callback(err || null);
  };
  if (isFd(path)) {
    if (signal?.aborted) return callback(abortError(signal));
    binding.writeFile(path, true, bytes, 0, 0, w.flush, finish);
    return;
  }
  if (signal?.aborted) {
    callback(abortError(signal));
    return;
  }
  path = getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  binding.writeFile(path, false, bytes, stringToFlags(w.flag), mode, w.flush, finish);
}

function writeFileSync(path, data, options) {
  const w = writeOptions(options, 'w');
  options = w.options;
  if (typeof data === 'string' && isUtf8(options.encoding)) {
    if (!isFd(path)) path = getValidatedPath(path);
    const bytes = Buffer.from(data, 'utf8');
    if (isFd(path)) return syncCall('writeFileUtf8', binding.writeFile, path, true, bytes, 0, 0, w.flush);
    const flags = stringToFlags(w.flag);
    const mode = parseFileMode(options.mode, 'mode', 0o666);
    return syncCall('writeFileUtf8', binding.writeFile, path, false, bytes, flags, mode, w.flush);
  }
  const bytes = toBytes(data, options.encoding);
  const site = (err) => {
    if (err.syscall === 'write') return markSite(ctxOrder(err), 'write');
    return markSite(err, err.syscall === 'open' ? 'open' : err.syscall === 'fsync' ? 'fsync' : 'checks');
  };
  try {
    if (isFd(path)) return binding.writeFile(path, true, bytes, 0, 0, w.flush);
    path = getValidatedPath(path);
    const flags = stringToFlags(w.flag);
    binding.writeFile(path, false, bytes, flags, parseFileMode(options.mode, 'mode', 0o666), w.flush);
  } catch (err) {
    throw site(err);
  }
}

function appendOptions(path, options) {
  options = copyObject(getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }));
  // A descriptor is always appended to.
  if (!options.flag || isFd(path)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  fs.writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
  fs.writeFileSync(path, data, appendOptions(path, options));
}

// --- truncate ---------------------------------------------------------------

let truncateWarned = false;
function warnTruncateFd() {
  if (!truncateWarned) {
    truncateWarned = true;
    process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use ' +
      'fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
  }
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return fs.ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  validateFunction(callback, 'cb');
  fs.open(path, 'r+', (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, (terr) => {
      binding.close(fd, (cerr) => callback(terr || cerr || null));
    });
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return fs.ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = fs.openSync(path, 'r+');
  try {
    fs.ftruncateSync(fd, len);
  } finally {
    fs.closeSync(fd);
  }
}

// --- rm, rmdir --------------------------------------------------------------

let rmdirWarned = false;
function warnRecursiveRmdir() {
  if (!rmdirWarned && !process.noDeprecation) {
    process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
  }
  rmdirWarned = true;
}

// rm's checks before removing: lstat the path; a directory needs
// recursive; force forgives a missing path. cb(err | false (not a
// directory, when expectDir) | null, options).
function checkRm(path, options, expectDir, cb) {
  options = validateRmOptionsShape(options);
  binding.lstat(path, false, (err, stats) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return cb(null, options);
      return cb(err, options);
    }
    const dir = (stats[1] & constants.S_IFMT) === constants.S_IFDIR;
    if (expectDir && !dir) return cb(false);
    if (dir && !options.recursive) return cb(eisdirAsync(path));
    cb(null, options);
  });
}

function eisdirAsync(path) {
  const err = eisdir(path, 'rm');
  Object.defineProperty(err, 'stack', { value: err.toString(), writable: true, configurable: true });
  return err;
}

function checkRmSync(path, options, expectDir) {
  options = validateRmOptionsShape(options);
  if (!options.force || expectDir || !options.recursive) {
    let stats;
    try {
      stats = fs.lstatSync(path, { throwIfNoEntry: !options.force });
    } catch (err) {
      // Node's check runs in a frame-hiding wrapper that rethrows.
      throw atSite(err, 'node:internal/errors', '      throw error;', 7, true);
    }
    const dir = stats?.isDirectory();
    if (expectDir && !dir) return false;
    if (dir && !options.recursive) throw markSite(eisdir(path, 'rm'), 'checks');
  }
  return options;
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  checkRm(path, options, false, (err, opts) => {
    if (err) return callback(err);
    binding.rmrf(path, opts.maxRetries, opts.retryDelay, callback);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = checkRmSync(path, options, false);
  syncCall(null, rmrfSync, path, options);
}

// Failures inside rimraf come from its *Sync calls.
function rmrfSync(path, options) {
  try {
    binding.rmrf(path, options.maxRetries, options.retryDelay);
  } catch (err) {
    throw markSite(err, err.syscall === 'scandir' ? 'readdir' : err.syscall);
  }
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRecursiveRmdir();
    checkRm(path, { ...options, force: false }, true, (err, opts) => {
      if (err === false) return binding.rmdir(path, callback);
      if (err) return callback(err);
      binding.rmrf(path, opts.maxRetries, opts.retryDelay, callback);
    });
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, callback);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRecursiveRmdir();
    const opts = checkRmSync(path, { ...options, force: false }, true);
    if (opts !== false) return rmrfSync(path, opts);
  } else {
    validateRmdirOptions(options);
  }
  syncCall('rmdir', binding.rmdir, path);
}

// --- realpath, mkdtemp, copyFile --------------------------------------------

function realpathArg(p) {
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  validatePath(p);
  return pathModule.resolve(p);
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = realpathArg(p);
  try {
    return binding.realpath(p, options.encoding, false);
  } catch (err) {
    throw markSite(err, err.syscall === 'lstat' ? 'realpathLstat' : 'realpathStat');
  }
}

realpathSync.native = (path, options) => {
  options = getOptions(options);
  path = getValidatedPath(path);
  return syncCall('realpathNative', binding.realpath, path, options.encoding, true);
};

function realpath(p, options, callback) {
  if (typeof options === 'function') callback = options;
  else validateFunction(callback, 'cb');
  options = getOptions(options);
  binding.realpath(realpathArg(p), options.encoding, false, callback);
}

realpath.native = (path, options, callback) => {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  binding.realpath(getValidatedPath(path), options.encoding, true, callback);
};

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  binding.mkdtemp(prefix, options.encoding, callback);
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return syncCall('mkdtemp', binding.mkdtemp, prefix, options.encoding);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, validMode(mode, 7, 0), callback);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  syncCall('copyFile', () => binding.copyFile(src, dest, validMode(mode, 7, 0)));
}

function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([fs.readFileSync(path)], { type }));
}

// --- lazily loaded parts ----------------------------------------------------

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  require('internal/fs/cp').cp(src, dest, options, callback);
}

function cpSync(src, dest, options) {
  require('internal/fs/cp').cpSync(src, dest, options);
}

function createReadStream(path, options) {
  const { ReadStream } = require('internal/fs/streams');
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  const { WriteStream } = require('internal/fs/streams');
  return new WriteStream(path, options);
}

const watchers = require('internal/fs/watchers');

// --- exports, in Node's order -----------------------------------------------

const own = {
  appendFile, appendFileSync, copyFile, copyFileSync, cp, cpSync, createReadStream, createWriteStream,
  lchmod: undefined, lchmodSync: undefined, mkdtemp, mkdtempSync, openAsBlob, readFile, readFileSync,
  realpath, realpathSync, rm, rmSync, rmdir, rmdirSync, truncate, truncateSync, unwatchFile: watchers.unwatchFile,
  watch: watchers.watch, watchFile: watchers.watchFile, writeFile, writeFileSync,
};
const order = [
  'appendFile', 'appendFileSync', 'access', 'accessSync', 'chown', 'chownSync', 'chmod', 'chmodSync', 'close',
  'closeSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync', 'createReadStream', 'createWriteStream', 'exists',
  'existsSync', 'fchown', 'fchownSync', 'fchmod', 'fchmodSync', 'fdatasync', 'fdatasyncSync', 'fstat',
  'fstatSync', 'fsync', 'fsyncSync', 'ftruncate', 'ftruncateSync', 'futimes', 'futimesSync', 'lchown',
  'lchownSync', 'lchmod', 'lchmodSync', 'link', 'linkSync', 'lstat', 'lstatSync', 'lutimes', 'lutimesSync',
  'mkdir', 'mkdirSync', 'mkdtemp', 'mkdtempSync', 'open', 'openSync', 'openAsBlob', 'readdir', 'readdirSync',
  'read', 'readSync', 'readv', 'readvSync', 'readFile', 'readFileSync', 'readlink', 'readlinkSync', 'realpath',
  'realpathSync', 'rename', 'renameSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'stat', 'statfs', 'statSync',
  'statfsSync', 'symlink', 'symlinkSync', 'truncate', 'truncateSync', 'unwatchFile', 'unlink', 'unlinkSync',
  'utimes', 'utimesSync', 'watch', 'watchFile', 'writeFile', 'writeFileSync', 'write', 'writeSync', 'writev',
  'writevSync', 'Dirent', 'Stats',
];
const all = { ...fs, ...own };
for (const key of Object.keys(fs)) delete fs[key];
for (const key of order) fs[key] = all[key];

// The stream classes can be replaced (graceful-fs does), as in Node.
let streams;
for (const [name, key] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'],
  ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
  let replaced;
  const accessors = Object.getOwnPropertyDescriptor({
    get [name]() { return replaced ?? (streams ??= require('internal/fs/streams'))[key]; },
    set [name](v) { replaced = v; },
  }, name);
  Object.defineProperty(fs, name, { ...accessors, enumerable: true, configurable: true });
}
fs._toUnixTimestamp = toUnixTimestamp;
for (const name of ['Dir', 'opendir', 'opendirSync']) {
  let value;
  const accessors = Object.getOwnPropertyDescriptor({
    get [name]() { return value ?? require('internal/fs/dir')[name]; },
    set [name](v) { value = v; },
  }, name);
  Object.defineProperty(fs, name, { ...accessors, enumerable: true, configurable: true });
}
Object.defineProperties(fs, {
  F_OK: { enumerable: true, value: 0 },
  R_OK: { enumerable: true, value: 4 },
  W_OK: { enumerable: true, value: 2 },
  X_OK: { enumerable: true, value: 1 },
  constants: { enumerable: true, configurable: false, value: constants },
  promises: {
    enumerable: true,
    configurable: true,
    get() { return require('fs/promises'); },
  },
});
