'use strict';
// internal/fs/dir: fs.Dir, opendir and opendirSync. A Dir reads entries in
// batches of bufferSize from the Go directory handle and hands them out one
// by one; asynchronous calls on one Dir run in order. Its state lives under
// symbols, as Node's does (util.inspect shows them).

const pathModule = require('path');
const {
  nodeError, getOptions, getValidatedPath, validateFunction, validateUint32, syncCall, atSite,
} = require('internal/fs/utils');
const { Dirent } = require('internal/fs/stats');

const kDirHandle = Symbol('kDirHandle');
const kDirPath = Symbol('kDirPath');
const kDirBufferedEntries = Symbol('kDirBufferedEntries');
const kDirClosed = Symbol('kDirClosed');
const kDirOptions = Symbol('kDirOptions');
const kDirReadImpl = Symbol('kDirReadImpl');
const kDirReadPromisified = Symbol('kDirReadPromisified');
const kDirClosePromisified = Symbol('kDirClosePromisified');
const kDirOperationQueue = Symbol('kDirOperationQueue');

const closedError = () => nodeError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
const concurrentError = () => nodeError(Error, 'ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations');
const thrownClosed = () => atSite(closedError(), 'node:internal/fs/dir', '      throw new ERR_DIR_CLOSED();', 7);

// The handle Node's binding gives: read(n, cb) and close(cb) of the Go side.
const DirHandle = { DirHandle: class DirHandle {} }.DirHandle;
function dirHandle(h) {
  const handle = new DirHandle();
  Object.defineProperties(handle, {
    read: { value: h.read },
    close: { value: h.close },
  });
  return handle;
}

const { promisify } = require('util');

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "handle" argument must be specified');
    this[kDirHandle] = handle;
    this[kDirBufferedEntries] = [];
    this[kDirPath] = path;
    this[kDirClosed] = false;
    this[kDirOperationQueue] = null;
    this[kDirOptions] = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this[kDirOptions].bufferSize, 'options.bufferSize', true);
    this[kDirReadPromisified] = promisify(this[kDirReadImpl]).bind(this, false);
    this[kDirClosePromisified] = promisify(this.close).bind(this);
  }

  get path() {
    return this[kDirPath];
  }

  read(callback) {
    return this[kDirReadImpl](true, callback);
  }

  [kDirReadImpl](maybeSync, callback) {
    if (this[kDirClosed] === true) throw closedError();
    if (callback === undefined) return this[kDirReadPromisified]();
    validateFunction(callback, 'callback');
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this[kDirReadImpl](maybeSync, callback));
      return;
    }
    if (this[kDirBufferedEntries].length > 0) {
      let dirent;
      try {
        dirent = this.#next();
      } catch (err) {
        return callback(err);
      }
      if (maybeSync) process.nextTick(callback, null, dirent);
      else callback(null, dirent);
      return;
    }
    this[kDirOperationQueue] = [];
    this[kDirHandle].read(this[kDirOptions].bufferSize, (err, batch) => {
      process.nextTick(() => {
        const queue = this[kDirOperationQueue];
        this[kDirOperationQueue] = null;
        for (const op of queue) op();
      });
      if (err || batch === null) return callback(err, batch);
      let dirent;
      try {
        this.processReadResult(this[kDirPath], batch);
        dirent = this.#next();
      } catch (error) {
        return callback(error);
      }
      callback(null, dirent);
    });
  }

  // The next buffered entry; with recursive, a directory adds its entries.
  #next() {
    const dirent = this[kDirBufferedEntries].shift();
    if (this[kDirOptions].recursive && dirent.isDirectory()) this.readSyncRecursive(dirent);
    return dirent;
  }

  processReadResult(path, [names, types]) {
    for (let i = 0; i < names.length; i++) this[kDirBufferedEntries].push(new Dirent(names[i], types[i], path));
  }

  // Node reads one batch of each subdirectory.
  readSyncRecursive(dirent) {
    const path = pathModule.join(dirent.parentPath, dirent.name);
    const handle = binding.opendir(path, this[kDirOptions].encoding);
    const batch = handle.read(this[kDirOptions].bufferSize);
    if (batch) this.processReadResult(path, batch);
    handle.close();
  }

  readSync() {
    if (this[kDirClosed] === true) throw thrownClosed();
    if (this[kDirOperationQueue] !== null) throw concurrentError();
    if (this[kDirBufferedEntries].length > 0) return this.#next();
    const batch = syncCall('opendir', this[kDirHandle].read, this[kDirOptions].bufferSize);
    if (batch === null) return null;
    this.processReadResult(this[kDirPath], batch);
    return this.#next();
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed] === true) return Promise.reject(closedError());
      return this[kDirClosePromisified]();
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed] === true) {
      process.nextTick(callback, closedError());
      return;
    }
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this.close(callback));
      return;
    }
    this[kDirClosed] = true;
    this[kDirHandle].close((err) => callback(err || null));
  }

  closeSync() {
    if (this[kDirClosed] === true) throw thrownClosed();
    if (this[kDirOperationQueue] !== null) throw concurrentError();
    this[kDirClosed] = true;
    this[kDirHandle].close();
  }

  // Iterating reads to the end and closes the directory, also when the
  // loop stops early (goja has no async generators: the iterator is by hand).
  entries() {
    let done = false;
    const finish = async () => {
      if (done) return { value: undefined, done: true };
      done = true;
      await this[kDirClosePromisified]();
      return { value: undefined, done: true };
    };
    return {
      [Symbol.asyncIterator]() { return this; },
      next: async () => {
        if (done) return { value: undefined, done: true };
        let dirent;
        try {
          dirent = await this[kDirReadPromisified]();
        } catch (err) {
          await finish();
          throw err;
        }
        if (dirent === null) return finish();
        return { value: dirent, done: false };
      },
      return: finish,
    };
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  value: Dir.prototype.entries, enumerable: false, writable: true, configurable: true,
});

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendir(path, options.encoding, (err, handle) => {
    if (err) return callback(err);
    callback(null, new Dir(dirHandle(handle), path, options));
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  return new Dir(dirHandle(syncCall('opendir', binding.opendir, path, options.encoding)), path, options);
}

module.exports = { Dir, opendir, opendirSync };
