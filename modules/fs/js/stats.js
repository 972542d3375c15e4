'use strict';
// internal/fs/stats: Stats, BigIntStats, StatFs and Dirent, shaped as Node
// shapes them (own enumerable fields in Node's order, so util.inspect shows
// `Stats { dev: ..., birthtime: ... }`).

const { constants } = require('internal/fs/utils');

const { S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK } = constants;
const {
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK, UV_DIRENT_UNKNOWN,
} = constants;

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

const typeChecks = {
  isDirectory: S_IFDIR, isFile: S_IFREG, isBlockDevice: S_IFBLK, isCharacterDevice: S_IFCHR,
  isSymbolicLink: S_IFLNK, isFIFO: S_IFIFO, isSocket: S_IFSOCK,
};
for (const name of Object.keys(typeChecks)) {
  const type = typeChecks[name];
  Object.defineProperty(StatsBase.prototype, name, {
    value: { [name]() { return this._checkModeProperty(type); } }[name],
    writable: true, enumerable: true, configurable: true,
  });
}

// Dates are whole milliseconds, rounded (the Date constructor would floor).
const dateFromMs = (ms) => new Date(Math.round(Number(ms)));

// The base fields are set here directly rather than through StatsBase (same
// result): stat calls make many of these.
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function (property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  Reflect.apply(StatsBase, this, [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks]);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function (property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// The binding's array: ten counts, then four (seconds, nanoseconds) pairs.
function getStatsFromBinding(s) {
  if (typeof s[0] === 'bigint') {
    return new BigIntStats(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9],
      s[10] * 1000000000n + s[11], s[12] * 1000000000n + s[13],
      s[14] * 1000000000n + s[15], s[16] * 1000000000n + s[17]);
  }
  return new Stats(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9],
    s[10] * 1000 + s[11] / 1000000, s[12] * 1000 + s[13] / 1000000,
    s[14] * 1000 + s[15] / 1000000, s[16] * 1000 + s[17] / 1000000);
}

// The file type from a binding stats array, without making Stats.
function modeType(s) {
  return Number(s[1]) & S_IFMT;
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

const kType = Symbol('type');
const kStats = Symbol('stats');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// A Dirent whose type the directory listing did not give: it asks lstat.
class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const name of Object.getOwnPropertyNames(Dirent.prototype)) {
  if (name === 'constructor') continue;
  DirentFromStats.prototype[name] = function () { return this[kStats][name](); };
}

function joinName(dir, name) {
  const path = require('path');
  if (typeof dir === 'string' && typeof name === 'string') return path.join(dir, name);
  const { Buffer } = require('buffer');
  return Buffer.concat([Buffer.from(dir), Buffer.from('/'), Buffer.from(name)]);
}

// Dirents for readdir's [names, types]; lstat fills unknown types.
function getDirents(dir, [names, types], lstatSync) {
  return names.map((name, i) => {
    if (types[i] === UV_DIRENT_UNKNOWN) return new DirentFromStats(name, lstatSync(joinName(dir, name)), dir);
    return new Dirent(name, types[i], dir);
  });
}

module.exports = {
  Stats, BigIntStats, StatFs, Dirent, DirentFromStats, getStatsFromBinding, getDirents, modeType, joinName,
};
