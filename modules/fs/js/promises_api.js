'use strict';
// internal/fs/promises, second part: the functions of require('fs/promises')
// that take paths, filling module.exports.exports.

const {
  constants, kMaxUserId, eisdir, validateBoolean, validateInteger, validateAbortSignal, getValidatedPath,
  parseFileMode, stringToFlags, getOptions, copyObject, toUnixTimestamp, validateStringAfterArrayBufferView,
  isArrayBufferView, validateRmdirOptions, validateRmOptionsShape, warnOnNonPortableTemplate,
} = require('internal/fs/utils');
const { getStatsFromBinding, getDirents, StatFs, joinName } = require('internal/fs/stats');
const { Buffer } = require('buffer');
const pathModule = require('path');

const {
  exports: api, FileHandle, call, checkAborted, validMode, nativeHandle, thenClose, ftruncate,
  readFileHandle, writeFileHandle, isCustomIterable,
} = module.exports;
const { F_OK, S_IFMT, S_IFDIR } = constants;

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  return call('access', 'access', path, validMode(mode, 7, F_OK));
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return call('copyFile', 'copyFile', src, dest, validMode(mode, 7, 0));
}

async function cp(src, dest, options) {
  return require('internal/fs/cp').cpPromise(src, dest, options);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const n = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(nativeHandle(await call('open', 'open', path, n, mode)));
}

async function opendir(path, options) {
  const { opendir: openDir } = require('internal/fs/dir');
  return new Promise((resolve, reject) => {
    openDir(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

// Node's is util.promisify(fs.opendir), which keeps its length.
Object.defineProperty(opendir, 'length', { value: 3 });

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('rename', 'rename', oldPath, newPath);
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  return thenClose(ftruncate(handle, len), handle);
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptionsShape(options);
  let stats;
  try {
    stats = await call('rm', 'lstat', path, false);
  } catch (err) {
    if (!(options.force && err.code === 'ENOENT')) throw err;
  }
  if (stats && (stats[1] & S_IFMT) === S_IFDIR && !options.recursive) {
    const err = eisdir(path, 'rm');
    Object.defineProperty(err, 'stack', { value: err.toString(), writable: true, configurable: true });
    throw err;
  }
  return call('rm', 'rmrf', path, options.maxRetries, options.retryDelay);
}

let rmdirWarned = false;
async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    if (!rmdirWarned && !process.noDeprecation) {
      process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
        'will be removed. Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
    }
    rmdirWarned = true;
    const stats = await stat(path);
    if (stats.isDirectory()) return call('rmdir', 'rmrf', path, options.maxRetries, options.retryDelay);
  }
  return call('rmdir', 'rmdir', path);
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') options = { mode: options };
  const { recursive = false, mode = 0o777 } = options || {};
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  return call('mkdir', 'mkdir', path, parseFileMode(mode, 'mode', 0o777), recursive);
}

// Whether path is a directory (following links); failures are "no".
async function isDirectory(path) {
  try {
    const s = await call('readdir', 'stat', path, false);
    return (s[1] & S_IFMT) === S_IFDIR;
  } catch {
    return false;
  }
}

// A recursive listing: depth first from the end, as Node's is.
async function readdirRecursive(base, options) {
  const withTypes = Boolean(options.withFileTypes);
  const list = (dir) => call('readdir', 'readdir', dir, options.encoding, withTypes);
  const result = [];
  const queue = [[base, await list(base)]];
  while (queue.length > 0) {
    const [dir, entries] = queue.pop();
    if (withTypes) {
      for (const dirent of getDirents(dir, entries, lstatSync)) {
        result.push(dirent);
        if (dirent.isDirectory()) {
          const full = joinName(dir, dirent.name);
          queue.push([full, await list(full)]);
        }
      }
    } else {
      for (const name of entries) {
        const full = joinName(dir, name);
        result.push(typeof full === 'string' ? pathModule.relative(base, full) : full);
        if (await isDirectory(full)) queue.push([full, await list(full)]);
      }
    }
  }
  return result;
}

function lstatSync(path) {
  return getStatsFromBinding(binding.lstat(path, false));
}

async function readdir(path, options) {
  options = { ...getOptions(options) };
  path = getValidatedPath(path);
  if (options.recursive) return readdirRecursive(path, options);
  const res = await call('readdir', 'readdir', path, options.encoding, Boolean(options.withFileTypes));
  return options.withFileTypes ? getDirents(path, res, lstatSync) : res;
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return call('readlink', 'readlink', path, options.encoding);
}

async function symlink(target, path, type) {
  type = typeof type === 'string' ? type : null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  return call('symlink', 'symlink', target, path, symlinkFlags(type));
}

function symlinkFlags(type) {
  if (type === null || type === 'file') return 0;
  if (type === 'dir') return constants.UV_FS_SYMLINK_DIR;
  if (type === 'junction') return constants.UV_FS_SYMLINK_JUNCTION;
  const { nodeError } = require('internal/fs/utils');
  throw nodeError(Error, 'ERR_FS_INVALID_SYMLINK_TYPE',
    `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`);
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('lstat', 'lstat', path, Boolean(options.bigint)));
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('stat', 'stat', path, Boolean(options.bigint)));
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return new StatFs(...await call('statfs', 'statfs', path, Boolean(options.bigint)));
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('link', 'link', existingPath, newPath);
}

async function unlink(path) {
  return call('unlink', 'unlink', getValidatedPath(path));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  return call('chmod', 'chmod', path, parseFileMode(mode, 'mode'));
}

// eslint-disable-next-line no-unused-vars
async function lchmod(path, mode) {
  const { nodeError } = require('internal/fs/utils');
  throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The lchmod() method is not implemented');
}

function ids(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  ids(uid, gid);
  return call('lchown', 'lchown', path, uid, gid);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  ids(uid, gid);
  return call('chown', 'chown', path, uid, gid);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('utimes', 'utimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('lutimes', 'lutimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return call('realpath', 'realpath', path, options.encoding, true);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return call('mkdtemp', 'mkdtemp', prefix, options.encoding);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  validateAbortSignal(options.signal, 'signal');
  if (path instanceof FileHandle) return writeFileHandle(path, data, options.signal, options.encoding);
  checkAborted(options.signal);
  const handle = await open(path, flag, options.mode);
  let op = writeFileHandle(handle, data, options.signal, options.encoding);
  if (flush) op = op.then((r) => handle.sync().then(() => r));
  return thenClose(op, handle);
}

async function appendFile(path, data, options) {
  options = copyObject(getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }));
  options.flag = options.flag || 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return readFileHandle(path, options);
  checkAborted(options.signal);
  path = getValidatedPath(path);
  const encoding = options.encoding === 'buffer' ? undefined : options.encoding || undefined;
  const data = await call('readFile', 'readFile', path, false, stringToFlags(flag), encoding);
  checkAborted(options.signal);
  return data;
}

// Node's name and length for fs.promises.watch.
function _watch(filename, options = {}) {
  return require('internal/fs/watchers').watchAsync(filename, options);
}

Object.assign(api, {
  access, copyFile, cp, open, opendir, rename, truncate, rm, rmdir, mkdir, readdir, readlink, symlink,
  lstat, stat, statfs, link, unlink, chmod, lchmod, lchown, chown, utimes, lutimes, realpath, mkdtemp,
  writeFile, appendFile, readFile, watch: _watch, constants,
});
