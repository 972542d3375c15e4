'use strict';
// require('fs'), second part: the calls on single paths (stat, rename,
// links, metadata, mkdir, readdir), each in its callback and *Sync form.

const {
  constants, asAsync, getValidatedPath, parseFileMode, getOptions, toUnixTimestamp, validateBoolean,
  validateFunction, syncCall,
} = require('internal/fs/utils');
const { getStatsFromBinding, getDirents, StatFs, joinName } = require('internal/fs/stats');
const pathModule = require('path');

const fs = exports;
const { makeCallback, makeStatsCallback, validateIds, symlinkFlags } = binding.internals;

// --- single paths -----------------------------------------------------------

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeStatsCallback(callback);
  binding.stat(getValidatedPath(path), Boolean(options.bigint), callback);
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeStatsCallback(callback);
  binding.lstat(getValidatedPath(path), Boolean(options.bigint), callback);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const s = syncCall('stat', binding.stat, path, Boolean(options.bigint), undefined, options.throwIfNoEntry);
  return s === undefined ? undefined : getStatsFromBinding(s);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const s = syncCall('lstat', binding.lstat, path, Boolean(options.bigint), undefined, options.throwIfNoEntry);
  return s === undefined ? undefined : getStatsFromBinding(s);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'cb');
  path = getValidatedPath(path);
  binding.statfs(path, Boolean(options.bigint), (err, s) => (err ? callback(err) : callback(err, new StatFs(...s))));
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return new StatFs(...syncCall('statfs', binding.statfs, path, Boolean(options.bigint)));
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, callback);
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  syncCall('rename', binding.rename, oldPath, newPath);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(getValidatedPath(path), callback);
}
function unlinkSync(path) {
  path = getValidatedPath(path);
  syncCall('unlink', binding.unlink, path);
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode, makeCallback(callback));
}
function chmodSync(path, mode) {
  path = getValidatedPath(path);
  syncCall('chmod', binding.chmod, path, parseFileMode(mode, 'mode'));
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, callback);
}
function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  syncCall('chown', binding.chown, path, uid, gid);
}
function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, callback);
}
function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  syncCall('lchown', binding.lchown, path, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}
function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  syncCall('utimes', binding.utimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}
function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}
function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  syncCall('lutimes', binding.lutimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, callback);
}
function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  syncCall('link', binding.link, existingPath, newPath);
}

function symlink(target, path, type, callback) {
  callback = makeCallback(arguments[arguments.length - 1]);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, symlinkFlags(typeof type === 'string' ? type : null), callback);
}
function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  syncCall('symlink', binding.symlink, target, path, symlinkFlags(typeof type === 'string' ? type : null));
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  binding.readlink(getValidatedPath(path, 'oldPath'), options.encoding, callback);
}
function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return syncCall('readlink', binding.readlink, path, options.encoding);
}

function mkdirArgs(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options && typeof options === 'object') {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'function') callback = options;
  else ({ mode, recursive } = mkdirArgs(options));
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  binding.mkdir(path, parseFileMode(mode, 'mode'), recursive, callback);
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirArgs(options);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const first = syncCall('mkdir', binding.mkdir, path, parseFileMode(mode, 'mode'), recursive);
  return recursive ? first : undefined;
}

// readdir with recursive lists breadth first, each directory sorted;
// Node does this synchronously even for the callback form.
function readdirRecursive(base, options) {
  const withTypes = Boolean(options.withFileTypes);
  const out = [];
  const queue = [base];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const res = syncCall('readdirRecursive', binding.readdir, dir, options.encoding, withTypes);
    if (withTypes) {
      for (const d of getDirents(dir, res, lstatSync)) {
        out.push(d);
        if (d.isDirectory()) queue.push(joinName(d.parentPath, d.name));
      }
    } else {
      for (const name of res) {
        const full = joinName(dir, name);
        out.push(typeof full === 'string' ? pathModule.relative(base, full) : full);
        if (isDirectory(full)) queue.push(full);
      }
    }
  }
  return out;
}

// Whether path is a directory (following links); failures are "no".
function isDirectory(path) {
  try {
    const s = binding.stat(path, false);
    return (s[1] & constants.S_IFMT) === constants.S_IFDIR;
  } catch {
    return false;
  }
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    callback(null, readdirRecursive(path, options));
    return;
  }
  if (!options.withFileTypes) {
    binding.readdir(path, options.encoding, false, callback);
    return;
  }
  binding.readdir(path, options.encoding, true, (err, res) => {
    if (err) return callback(err);
    let dirents;
    try {
      dirents = getDirents(path, res, lstatSync);
    } catch (e) {
      return callback(asAsync(e));
    }
    callback(null, dirents);
  });
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursive(path, options);
  const res = syncCall('readdir', binding.readdir, path, options.encoding, Boolean(options.withFileTypes));
  return options.withFileTypes ? getDirents(path, res, lstatSync) : res;
}

Object.assign(fs, {
  stat, statSync, lstat, lstatSync, statfs, statfsSync, rename, renameSync, unlink, unlinkSync, chmod,
  chmodSync, chown, chownSync, lchown, lchownSync, utimes, utimesSync, lutimes, lutimesSync, link, linkSync,
  symlink, symlinkSync, readlink, readlinkSync, mkdir, mkdirSync, readdir, readdirSync,
});
