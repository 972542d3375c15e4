'use strict';
// internal/fs/utils: the errors, argument checks, flags and constants the fs
// modules share. Messages are Node's, word for word.

const { nodeError, describeReceived, markThrowSite } = require('internal/errors');
const { Buffer } = require('buffer');

const constants = {
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o40000, S_IFCHR: 0o20000,
  S_IFBLK: 0o60000, S_IFIFO: 0o10000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000,
  O_CREAT: 0o100, O_EXCL: 0o200, UV_FS_O_FILEMAP: 0, O_NOCTTY: 0o400, O_TRUNC: 0o1000,
  O_APPEND: 0o2000, O_DIRECTORY: 0o200000, O_NOATIME: 0o1000000, O_NOFOLLOW: 0o400000,
  O_SYNC: 0o4010000, O_DSYNC: 0o10000, O_DIRECT: 0o40000, O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10,
  S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

const kIoMaxLength = 2 ** 31 - 1;
const kMaxUserId = 2 ** 32 - 1;

// --- where Node's fatal report points --------------------------------------
// An uncaught error from fs is reported at a line of Node's own fs code:
// the binding call that failed, or the throw of its argument checks. The
// first site given to an error stays (an inner call's is the real one).

const marked = new WeakSet();
function atSite(err, file, text, col, rethrown = false) {
  if (err !== null && typeof err === 'object' && (rethrown || !marked.has(err))) {
    marked.add(err);
    markThrowSite(err, file, text, col);
  }
  return err;
}

const fsLine = (text, col) => ['node:fs', text, col];
const sites = {
  __proto__: null,
  access: fsLine('  binding.access(pathModule.toNamespacedPath(path), mode);', 11),
  writeFileUtf8: fsLine('    return binding.writeFileUtf8(', 20),
  open: fsLine('  return binding.open(', 18),
  chmod: fsLine('  binding.chmod(', 11),
  chown: fsLine('  binding.chown(', 11),
  close: fsLine('  binding.close(fd);', 11),
  copyFile: fsLine('  binding.copyFile(', 11),
  fchmod: fsLine('  binding.fchmod(', 11),
  fchown: fsLine('  binding.fchown(fd, uid, gid);', 11),
  fdatasync: fsLine('  binding.fdatasync(fd);', 11),
  fstat: fsLine('  const stats = binding.fstat(fd, options.bigint, undefined, false);', 25),
  fstatReadFile: fsLine('  const stats = binding.fstat(fd, false, undefined, true /* shouldNotThrow */);', 25),
  fsync: fsLine('  binding.fsync(fd);', 11),
  ftruncate: fsLine('  binding.ftruncate(fd, len);', 11),
  futimes: fsLine('  binding.futimes(', 11),
  lchown: fsLine('  binding.lchown(', 11),
  link: fsLine('  binding.link(', 11),
  lstat: fsLine('  const stats = binding.lstat(', 25),
  lutimes: fsLine('  binding.lutimes(', 11),
  mkdir: fsLine('  const result = binding.mkdir(', 26),
  mkdtemp: fsLine('  return binding.mkdtemp(prefix, options.encoding);', 18),
  opendir: ['node:internal/fs/dir', '  const handle = dirBinding.opendirSync(', 29],
  readdir: fsLine('  const result = binding.readdir(', 26),
  readdirRecursive: fsLine('    const readdirResult = binding.readdir(', 35),
  readFileUtf8: fsLine('    return binding.readFileUtf8(path, stringToFlags(options.flag));', 20),
  readlink: fsLine('  return binding.readlink(', 18),
  read: fsLine('  return binding.read(fd, buffer, offset, length, position);', 18),
  readv: fsLine('  return binding.readBuffers(fd, buffers, position);', 18),
  realpathLstat: fsLine('      const stats = binding.lstat(baseLong, true, undefined, true /* throwIfNoEntry */);', 29),
  realpathStat: fsLine('        binding.stat(baseLong, false, undefined, true);', 17),
  realpathNative: fsLine('  return binding.realpath(', 18),
  rename: fsLine('  binding.rename(', 11),
  rmdir: fsLine('  binding.rmdir(pathModule.toNamespacedPath(path));', 11),
  stat: fsLine('  const stats = binding.stat(', 25),
  statfs: fsLine('  const stats = binding.statfs(pathModule.toNamespacedPath(path), options.bigint);', 25),
  symlink: fsLine('  binding.symlink(', 11),
  unlink: fsLine('  binding.unlink(path);', 11),
  utimes: fsLine('  binding.utimes(', 11),
  write: ['node:internal/fs/utils', '    throw err;', 5],
  writev: fsLine('  return binding.writeBuffers(fd, buffers, position);', 18),
  checks: ['node:internal/errors', '      throw error;', 7],
};

// markSite gives err (a failed binding call, or a check made where Node
// makes it in C++) the report site named key.
function markSite(err, key) {
  const site = sites[key];
  return site ? atSite(err, site[0], site[1], site[2]) : err;
}

// ctxOrder puts code after syscall, the order of errors Node builds in JS
// from a failed call's context (writeSync), not in C++.
function ctxOrder(err) {
  if (err !== null && typeof err === 'object' && 'code' in err && 'syscall' in err) {
    const { code } = err;
    delete err.code;
    err.code = code;
  }
  return err;
}

// syncCall runs a binding call of a *Sync function, marking its failure.
// Fixed arity (no rest/spread): it is on every sync call's path, and the
// binding reads missing arguments as undefined anyway.
function syncCall(key, fn, a, b, c, d, e, f) {
  try {
    return fn(a, b, c, d, e, f);
  } catch (err) {
    throw markSite(err, key);
  }
}

// --- error messages ---------------------------------------------------------

let inspect;
const lazyInspect = (v) => (inspect ??= require('util').inspect)(v);
lazyInspect.with = (opts) => (v) => (inspect ??= require('util').inspect)(v, opts);

function joinOr(list) {
  if (list.length <= 2) return list.join(' or ');
  return `${list.slice(0, -1).join(', ')}, or ${list[list.length - 1]}`;
}

const primitiveNames = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

// ERR_INVALID_ARG_TYPE with Node's wording for lists of expected types:
// lower-case types, then capitalised classes ("an instance of"), then others.
function argType(name, expected, actual) {
  const want = Array.isArray(expected) ? expected : [expected];
  const types = [];
  const classes = [];
  const other = [];
  for (const w of want) {
    if (primitiveNames.includes(w)) types.push(w.toLowerCase());
    else if (/^[A-Z][a-zA-Z0-9]*$/.test(w)) classes.push(w);
    else other.push(w);
  }
  if (classes.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    classes.push('Object');
  }
  const kind = name.includes('.') ? 'property' : 'argument';
  let msg = `The "${name}" ${kind} must be `;
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${joinOr(types)}`;
    if (classes.length > 0 || other.length > 0) msg += ' or ';
  }
  if (classes.length > 0) {
    msg += `an instance of ${joinOr(classes)}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 1) msg += `one of ${joinOr(other)}`;
  else if (other.length === 1) msg += (other[0].toLowerCase() !== other[0] ? 'an ' : '') + other[0];
  return markSite(nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${msg}.${describeReceived(actual)}`), 'checks');
}

function argValue(name, value, reason = 'is invalid', Base = TypeError) {
  let shown = lazyInspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return markSite(nodeError(Base, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' ${reason}. Received ${shown}`), 'checks');
}

function groupDigits(s) {
  const start = s[0] === '-' ? 1 : 0;
  let out = '';
  let i = s.length;
  for (; i >= start + 4; i -= 3) out = `_${s.slice(i - 3, i)}${out}`;
  return s.slice(0, i) + out;
}

function outOfRange(name, range, value) {
  let shown;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) shown = groupDigits(String(value));
  else if (typeof value === 'bigint') {
    shown = String(value);
    if (value > 2n ** 32n || value < -(2n ** 32n)) shown = groupDigits(shown);
    shown += 'n';
  } else shown = lazyInspect(value);
  return markSite(nodeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${shown}`), 'checks');
}

// SystemError: a Node error wrapping a system call's failure (ERR_FS_EISDIR,
// ERR_FS_CP_*): the context stays reachable as info and through accessors.
class SystemError extends Error {
  constructor(code, prefix, context) {
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    this.code = code;
    Object.defineProperty(this, 'name', { value: 'SystemError', writable: true, enumerable: false, configurable: true });
    Object.defineProperty(this, 'info', { value: context, enumerable: true, configurable: true, writable: false });
    const field = (key, wrap) => Object.defineProperty(this, key, {
      get() { return wrap ? (context[key] != null ? context[key].toString() : context[key]) : context[key]; },
      set: (value) => { context[key] = wrap && value ? Buffer.from(value.toString()) : value; },
      enumerable: true,
      configurable: true,
    });
    field('errno', false);
    field('syscall', false);
    if (context.path !== undefined) field('path', true);
    if (context.dest !== undefined) field('dest', true);
    const stack = String(this.stack);
    const nl = stack.indexOf('\n');
    this.stack = `SystemError [${code}]: ${message}${nl === -1 ? '' : stack.slice(nl)}`;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Shown with the values behind the accessors, as Node shows it.
  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return lazyInspect.with({ ...ctx, getters: true, customInspect: false })(this);
  }
}

function eisdir(path, syscall) {
  return new SystemError('ERR_FS_EISDIR', 'Path is a directory', {
    code: 'EISDIR', message: 'is a directory', path, syscall, errno: 21,
  });
}

// Errors made by Node's own code for a callback have no frames of the
// caller's: Node makes them inside its internals, which it hides.
function asAsync(err) {
  if (err !== null && typeof err === 'object') {
    let head;
    try { head = Error.prototype.toString.call(err); } catch { return err; }
    if (err.code && err.name !== 'SystemError') head = `${err.name} [${err.code}]: ${err.message}`;
    if (err.name === 'SystemError') head = err.toString();
    Object.defineProperty(err, 'stack', { value: head, writable: true, configurable: true, enumerable: false });
  }
  return err;
}

// The error a failed promise operation rejects with: V8 gives it the
// awaiting async function's frame.
function asPromise(err, name) {
  if (err !== null && typeof err === 'object' && typeof err.stack === 'string' && !err.stack.includes('\n    at ')) {
    Object.defineProperty(err, 'stack', {
      value: `${err.stack}\n    at async ${name} (node:internal/fs/promises)`,
      writable: true, configurable: true, enumerable: false,
    });
  }
  return err;
}

let AbortError;
function abortError(signal) {
  if (AbortError === undefined) {
    AbortError = class AbortError extends Error {
      constructor(message = 'The operation was aborted', options = undefined) {
        super(message, options);
        this.code = 'ABORT_ERR';
        this.name = 'AbortError';
      }
    };
  }
  return new AbortError(undefined, { cause: signal?.reason });
}

// --- argument checks --------------------------------------------------------

const isUint8Array = (v) => v instanceof Uint8Array;
const isArrayBufferView = (v) => ArrayBuffer.isView(v);

function validateFunction(v, name) {
  if (typeof v !== 'function') throw argType(name, 'Function', v);
}
function validateBoolean(v, name) {
  if (typeof v !== 'boolean') throw argType(name, 'boolean', v);
}
function validateString(v, name) {
  if (typeof v !== 'string') throw argType(name, 'string', v);
}
function validateObject(v, name, nullable = false) {
  if ((!nullable && v === null) || (v !== null && (typeof v !== 'object' || Array.isArray(v)))) {
    throw argType(name, 'Object', v);
  }
}
function validateInteger(v, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof v !== 'number') throw argType(name, 'number', v);
  if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
  if (v < min || v > max) throw outOfRange(name, `>= ${min} && <= ${max}`, v);
}
function validateInt32(v, name, min = -(2 ** 31), max = 2 ** 31 - 1) {
  if (typeof v !== 'number') throw argType(name, 'number', v);
  if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
  if (v < min || v > max) throw outOfRange(name, `>= ${min} && <= ${max}`, v);
}
function validateUint32(v, name, positive = false) {
  validateInt32Range(v, name, positive ? 1 : 0, 2 ** 32 - 1);
}
function validateInt32Range(v, name, min, max) {
  if (typeof v !== 'number') throw argType(name, 'number', v);
  if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
  if (v < min || v > max) throw outOfRange(name, `>= ${min} && <= ${max}`, v);
}
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw argType(name, 'AbortSignal', signal);
  }
}
function validateBuffer(v, name = 'buffer') {
  if (!isArrayBufferView(v)) throw argType(name, ['Buffer', 'TypedArray', 'DataView'], v);
}
function validateEncoding(data, encoding) {
  const normalized = typeof encoding === 'string' ? encoding.toLowerCase() : encoding;
  if (normalized === 'hex' && data.length % 2 !== 0) {
    throw argValue('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

// A file: URL (or anything shaped like one) becomes its path.
function toPathIfFileURL(v) {
  if (v != null && typeof v === 'object' && v.href && v.protocol && v.auth === undefined && v.path === undefined) {
    return require('url').fileURLToPath(v);
  }
  return v;
}

function validatePath(path, name = 'path') {
  const isString = typeof path === 'string';
  if (!isString && !isUint8Array(path)) throw argType(name, ['string', 'Buffer', 'URL'], path);
  if (isString ? path.includes('\u0000') : path.includes(0)) {
    throw argValue(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
}

function getValidatedPath(fileURLOrPath, name = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, name);
  return path;
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) throw argValue(name, value, 'must be a 32-bit unsigned integer or an octal string');
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

const flagTable = {
  __proto__: null,
  'r': O_RDONLY, 'rs': O_RDONLY | O_SYNC, 'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY, 'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY, 'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL, 'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  const n = typeof flags === 'string' ? flagTable[flags] : undefined;
  if (n === undefined) {
    const err = nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'flags' is invalid. Received ${lazyInspect(flags)}`);
    throw atSite(err, 'node:internal/fs/utils', "  throw new ERR_INVALID_ARG_VALUE('flags', flags);", 3);
  }
  return n;
}

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) throw argValue('encoding', encoding, 'is invalid encoding');
}

// Options given as an encoding name or an object, over defaults.
function getOptions(options, defaults = {}) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw argType('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

// A copy of options with their inherited enumerable keys too (for...in),
// as Node copies stream, watch and appendFile options.
function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw argType(name, ['Date', 'Time in seconds'], time);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw outOfRange('offset', '>= 0', offset);
  if (length < 0) throw outOfRange('length', '>= 0', length);
  if (offset + length > bufferLength) throw outOfRange('length', `<= ${bufferLength - offset}`, length);
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw outOfRange('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw outOfRange('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw outOfRange('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw outOfRange(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw argType(name, ['integer', 'bigint'], position);
  }
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw argType(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function validateStringAfterArrayBufferView(v, name) {
  if (typeof v !== 'string') throw argType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], v);
}

const rmDefaults = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
const rmdirDefaults = { retryDelay: 100, maxRetries: 0, recursive: false };

function validateRmdirOptions(options, defaults = rmdirDefaults) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function validateRmOptionsShape(options) {
  options = validateRmdirOptions(options, rmDefaults);
  validateBoolean(options.force, 'options.force');
  return options;
}

let mkdtempWarned = false;
function warnOnNonPortableTemplate(template) {
  const endsWithX = typeof template === 'string' ? template.endsWith('X') : template[template.length - 1] === 0x58;
  if (!mkdtempWarned && endsWithX) {
    mkdtempWarned = true;
    process.emitWarning('mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html');
  }
}

module.exports = {
  constants, kIoMaxLength, kMaxUserId,
  argType, argValue, outOfRange, nodeError, markSite, syncCall, atSite, ctxOrder, SystemError, eisdir, asAsync, asPromise, abortError,
  isUint8Array, isArrayBufferView,
  validateFunction, validateBoolean, validateString, validateObject, validateInteger, validateInt32,
  validateUint32, validateAbortSignal, validateBuffer, validateEncoding, validatePath, getValidatedPath,
  getValidatedFd, parseFileMode, stringToFlags, assertEncoding, getOptions, copyObject, toUnixTimestamp,
  toPathIfFileURL, validateOffsetLengthRead, validateOffsetLengthWrite, validatePosition,
  validateBufferArray, validateStringAfterArrayBufferView, validateRmdirOptions, validateRmOptionsShape,
  warnOnNonPortableTemplate,
};
