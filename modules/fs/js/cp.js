'use strict';
// internal/fs/cp: fs.cp, fs.cpSync and fs/promises' cp. The copy is one
// generator that yields each file system step; a synchronous driver runs
// the steps with the *Sync calls, an asynchronous one awaits fs/promises.
// Checks and errors are Node's (ERR_FS_CP_*, ERR_FS_EISDIR).

const {
  SystemError, nodeError, validateObject, validateBoolean, validateFunction, validateInteger,
  getValidatedPath,
} = require('internal/fs/utils');
const { dirname, isAbsolute, join, parse, resolve, sep } = require('path');

const EEXIST = 17;
const EISDIR = 21;
const EINVAL = 22;
const ENOTDIR = 20;

const cpDefaults = {
  dereference: false, errorOnExist: false, filter: undefined, force: true,
  preserveTimestamps: false, recursive: false, verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...cpDefaults };
  validateObject(options, 'options');
  options = { ...cpDefaults, ...options };
  for (const key of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(options[key], `options.${key}`);
  }
  if (options.mode == null) options.mode = options.mode || 0;
  else validateInteger(options.mode, 'mode', 0, 7);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw nodeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
      'Option "dereference" cannot be used in combination with option "verbatimSymlinks"');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

const prefixes = {
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
  ERR_FS_EISDIR: 'Path is a directory',
};

function cpError(code, message, path, errno, errCode) {
  return new SystemError(code, prefixes[code], { message, path, syscall: 'cp', errno, code: errCode });
}

const areIdentical = (a, b) => b.ino && b.dev && b.ino === a.ino && b.dev === a.dev;
const parts = (p) => resolve(p).split(sep).filter(Boolean);
function isSrcSubdir(src, dest) {
  const d = parts(dest);
  return parts(src).every((cur, i) => d[i] === cur);
}

// The steps: each yield is [operation, ...arguments] for the driver.
function* checkPaths(src, dest, opts) {
  if (opts.filter && !(yield ['filter', src, dest])) return { skipped: true };
  const statOp = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [statOp, src];
  const destStat = yield [statOp + 'OrNull', dest];
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw cpError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest, EINVAL, 'EINVAL');
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', `cannot overwrite non-directory ${dest} with directory ${src}`,
        dest, EISDIR, 'EISDIR');
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', `cannot overwrite directory ${dest} with non-directory ${src}`,
        dest, ENOTDIR, 'ENOTDIR');
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
  }
  return { srcStat, destStat, skipped: false };
}

function* checkParentPaths(src, srcStat, dest) {
  const srcParent = resolve(dirname(src));
  const destParent = resolve(dirname(dest));
  if (destParent === srcParent || destParent === parse(destParent).root) return;
  const destStat = yield ['statOrNull', destParent];
  if (!destStat) return;
  if (areIdentical(srcStat, destStat)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
  }
  yield* checkParentPaths(src, srcStat, destParent);
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  if (srcStat.isDirectory() && opts.recursive) {
    if (!destStat) {
      yield ['mkdir', dest];
      yield* copyDir(src, dest, opts);
      yield ['chmod', dest, srcStat.mode];
    } else {
      yield* copyDir(src, dest, opts);
    }
  } else if (srcStat.isDirectory()) {
    throw cpError('ERR_FS_EISDIR', `${src} is a directory (not copied)`, src, EINVAL, 'EISDIR');
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (opts.force) {
        yield ['unlink', dest];
      } else {
        if (opts.errorOnExist) throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest, EEXIST, 'EEXIST');
        return;
      }
    }
    yield ['copyFile', src, dest, opts.mode];
    if (opts.preserveTimestamps) {
      // A read-only source would make the copy unwritable for utimes.
      if ((Number(srcStat.mode) & 0o200) === 0) yield ['chmod', dest, Number(srcStat.mode) | 0o200];
      const now = yield ['stat', src];
      yield ['utimes', dest, now.atime, now.mtime];
    }
    yield ['chmod', dest, srcStat.mode];
  } else if (srcStat.isSymbolicLink()) {
    yield* copyLink(destStat, src, dest, opts);
  } else if (srcStat.isSocket()) {
    throw cpError('ERR_FS_CP_SOCKET', `cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL');
  } else if (srcStat.isFIFO()) {
    throw cpError('ERR_FS_CP_FIFO_PIPE', `cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL');
  } else {
    throw cpError('ERR_FS_CP_UNKNOWN', `cannot copy an unknown file type: ${dest}`, dest, EINVAL, 'EINVAL');
  }
}

function* copyDir(src, dest, opts) {
  for (const name of yield ['readdir', src]) {
    const srcItem = join(src, name);
    const destItem = join(dest, name);
    const { destStat, skipped } = yield* checkPaths(srcItem, destItem, opts);
    if (!skipped) yield* copyEntry(destStat, srcItem, destItem, opts);
  }
}

function* copyLink(destStat, src, dest, opts) {
  let target = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !isAbsolute(target)) target = resolve(dirname(src), target);
  if (!destStat) {
    yield ['symlink', target, dest];
    return;
  }
  let destTarget;
  try {
    destTarget = yield ['readlink', dest];
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield ['symlink', target, dest];
      return;
    }
    throw err;
  }
  if (!isAbsolute(destTarget)) destTarget = resolve(dirname(dest), destTarget);
  if (isSrcSubdir(target, destTarget)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${target} to a subdirectory of self ${destTarget}`, dest, EINVAL, 'EINVAL');
  }
  const destNow = yield ['stat', dest];
  if (destNow.isDirectory() && isSrcSubdir(destTarget, target)) {
    throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${destTarget} with ${target}`, dest, EINVAL, 'EINVAL');
  }
  yield ['unlink', dest];
  yield ['symlink', target, dest];
}

function* copy(src, dest, opts) {
  const { srcStat, destStat, skipped } = yield* checkPaths(src, dest, opts);
  if (skipped) return;
  yield* checkParentPaths(src, srcStat, dest);
  const parent = dirname(dest);
  if (!(yield ['exists', parent])) yield ['mkdirp', parent];
  yield* copyEntry(destStat, src, dest, opts);
}

function isThenable(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v.then === 'function';
}

function syncStep(fs, opts, [op, ...args]) {
  switch (op) {
    case 'filter': {
      const keep = opts.filter(...args);
      if (isThenable(keep)) {
        throw nodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
          `Expected boolean to be returned from the "filter" function but got an instance of ${keep.constructor?.name || 'Object'}.`);
      }
      return keep;
    }
    case 'stat': case 'lstat': return fs[op + 'Sync'](args[0], { bigint: true });
    case 'statOrNull': case 'lstatOrNull':
      return fs[op.slice(0, -6) + 'Sync'](args[0], { bigint: true, throwIfNoEntry: false }) ?? null;
    case 'exists': return fs.existsSync(args[0]);
    case 'mkdirp': return fs.mkdirSync(args[0], { recursive: true });
    case 'chmod': return fs.chmodSync(args[0], Number(args[1]));
    case 'readdir': return fs.readdirSync(args[0]);
    default: return fs[op + 'Sync'](...args);
  }
}

async function asyncStep(fsp, opts, [op, ...args]) {
  switch (op) {
    case 'filter': return opts.filter(...args);
    case 'stat': case 'lstat': return fsp[op](args[0], { bigint: true });
    case 'statOrNull': case 'lstatOrNull':
      return fsp[op.slice(0, -6)](args[0], { bigint: true }).catch((err) => {
        if (err.code === 'ENOENT') return null;
        throw err;
      });
    case 'exists': return fsp.access(args[0]).then(() => true, () => false);
    case 'mkdirp': return fsp.mkdir(args[0], { recursive: true });
    case 'chmod': return fsp.chmod(args[0], Number(args[1]));
    default: return fsp[op](...args);
  }
}

function runSync(gen, step) {
  let r = gen.next();
  while (!r.done) {
    let value;
    try {
      value = step(r.value);
    } catch (err) {
      r = gen.throw(err);
      continue;
    }
    r = gen.next(value);
  }
  return r.value;
}

async function runAsync(gen, step) {
  let r = gen.next();
  while (!r.done) {
    let value;
    try {
      value = await step(r.value);
    } catch (err) {
      r = gen.throw(err);
      continue;
    }
    r = gen.next(value);
  }
  return r.value;
}

function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  runSync(copy(src, dest, opts), (s) => syncStep(require('fs'), opts, s));
}

async function cpPromise(src, dest, options) {
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  await runAsync(copy(src, dest, opts), (s) => asyncStep(require('fs/promises'), opts, s));
}

// The callback form checks its arguments at once and reports the copy's
// outcome later.
function cp(src, dest, options, callback) {
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  runAsync(copy(src, dest, opts), (s) => asyncStep(require('fs/promises'), opts, s))
    .then(() => process.nextTick(callback, null), (err) => process.nextTick(callback, err));
}

module.exports = { cp, cpSync, cpPromise, validateCpOptions };
