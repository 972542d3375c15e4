'use strict';
// internal/fs/streams: fs.ReadStream and fs.WriteStream over stream's
// Readable and Writable, doing their I/O through the fs calls (or the ones
// given as options.fs, or a FileHandle's).

const fs = require('fs');
const { Buffer } = require('buffer');
const { Readable, Writable, finished } = require('stream');
const { load } = require('internal/streams');
const { errorOrDestroy } = load('destroy');
const { codes } = load('utils');
const {
  argType, outOfRange, nodeError, getOptions, copyObject, getValidatedFd, validatePath, toPathIfFileURL,
  validateFunction, validateBoolean, validateInteger,
} = require('internal/fs/utils');
const { FileHandle, kRef, kUnref } = require('internal/fs/promises');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

let deprecate;
const lazyDeprecate = (...args) => (deprecate ??= require('util').deprecate)(...args);

// Opening happens in _construct, before any read or write; a subclass that
// overrides open() must emit 'open' (or 'error') itself.
function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openRead && stream.open !== openWrite) {
    const emit = stream.emit;
    stream.emit = function (...args) {
      if (args[0] === 'open') {
        this.emit = emit;
        callback();
        Reflect.apply(emit, this, args);
      } else if (args[0] === 'error') {
        this.emit = emit;
        callback(args[1]);
      } else {
        Reflect.apply(emit, this, args);
      }
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

// The fs calls of a stream over a FileHandle.
function handleOps(handle) {
  const settle = (p, cb, ok) => p.then(ok, (err) => cb(err));
  return {
    open() {
      throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The open() method is not implemented');
    },
    close(fd, cb) {
      handle[kUnref]();
      handle.close().then(() => cb(), cb);
    },
    fsync(fd, cb) { settle(handle.sync(), cb, () => cb()); },
    read(fd, buf, offset, length, pos, cb) {
      handle.read(buf, offset, length, pos).then((r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
    },
    write(fd, buf, offset, length, pos, cb) {
      handle.write(buf, offset, length, pos).then((r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buf));
    },
    writev(fd, buffers, pos, cb) {
      handle.writev(buffers, pos).then((r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err, 0, buffers));
    },
  };
}

function closeStream(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeFd(stream, err || flushErr, cb));
  } else {
    closeFd(stream, err, cb);
  }
}

function closeFd(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || fs;
    return options.fd;
  }
  if (typeof options.fd === 'object' && options.fd instanceof FileHandle) {
    if (options.fs) throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The FileHandle with fs method is not implemented');
    stream[kHandle] = options.fd;
    stream[kFs] = handleOps(stream[kHandle]);
    stream[kHandle][kRef]();
    options.fd.on('close', stream.close.bind(stream));
    return options.fd.fd;
  }
  throw argType('options.fd', ['number', 'FileHandle'], options.fd);
}

// Where the stream's file comes from: a path to open, or a descriptor.
function setSource(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || fs;
    validateFunction(stream[kFs].open, 'options.fs.open');
    stream.path = toPathIfFileURL(path);
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    validatePath(stream.path);
  } else {
    stream.fd = getValidatedFd(importFd(stream, options));
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;
  setSource(this, path, options, 'r');
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw outOfRange('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(v) { this._readableState.autoDestroy = v; },
});

const openRead = lazyDeprecate(function () {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = openRead;
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (err, bytesRead, data) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== data.length) {
        const exact = Buffer.allocUnsafeSlow(bytesRead);
        data.copy(exact, 0, 0, bytesRead);
        data = exact;
      }
      this.push(data);
    } else {
      this.push(null);
    }
  });
};

function destroyWhenIdle(err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  else closeStream(this, err, cb);
}

ReadStream.prototype._destroy = destroyWhenIdle;

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, {}));
  options.decodeStrings = true;
  setSource(this, path, options, 'w');
  const ops = this[kFs];
  if (!ops.write && !ops.writev) throw argType('options.fs.write', 'function', ops.write);
  if (ops.write) validateFunction(ops.write, 'options.fs.write');
  if (ops.writev) validateFunction(ops.writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(ops.close, 'options.fs.close');
  this.flush = options.flush;
  if (this.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(this.flush, 'options.flush');
    validateFunction(ops.fsync, 'options.fs.fsync');
  }
  if (!ops.write) this._write = null;
  if (!ops.writev) this._writev = null;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(v) { this._writableState.autoDestroy = v; },
});

const openWrite = lazyDeprecate(function () {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = openWrite;
WriteStream.prototype._construct = construct;

const writeFailed = (what) => nodeError(Error, 'ERR_SYSTEM_ERROR', `A system error occurred: ${what} failed`);

// Writes until all of data is out; EAGAIN and short writes retry, five
// writes in a row of nothing fail.
function writeAll(data, size, pos, cb, retries = 0) {
  this[kFs].write(this.fd, data, 0, size, pos, (err, written, buffer) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      written = 0;
    }
    if (this.destroyed || err) return cb(err || codes.destroyed('write'));
    this.bytesWritten += written;
    retries = written ? 0 : retries + 1;
    size -= written;
    pos += written;
    if (retries > 5) cb(writeFailed('write'));
    else if (size) writeAll.call(this, buffer.slice(written), size, pos, cb, retries);
    else cb();
  });
}

function writevAll(chunks, size, pos, cb, retries = 0) {
  this[kFs].writev(this.fd, chunks, this.pos, (err, written, buffers) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      written = 0;
    }
    if (this.destroyed || err) return cb(err || codes.destroyed('writev'));
    this.bytesWritten += written;
    retries = written ? 0 : retries + 1;
    size -= written;
    pos += written;
    if (retries > 5) cb(writeFailed('writev'));
    else if (size) writevAll.call(this, [Buffer.concat(buffers).slice(written)], size, pos, cb, retries);
    else cb();
  });
}

function afterIO(stream, cb) {
  return (err) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      cb(err);
      stream.emit(kIoDone, err);
      return;
    }
    cb(err);
  };
}

WriteStream.prototype._write = function (data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll.call(this, data, data.length, this.pos, afterIO(this, cb));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function (data, cb) {
  const chunks = data.map((d) => d.chunk);
  const size = chunks.reduce((n, c) => n + c.length, 0);
  this[kIsPerformingIO] = true;
  writevAll.call(this, chunks, size, this.pos, afterIO(this, cb));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroyWhenIdle;

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

module.exports = { ReadStream, WriteStream };
