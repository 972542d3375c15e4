'use strict';
// Streams over a child's stdio pipes. Node gives net.Sockets here; these
// are plain Readable/Writable streams over the same kind of pipe handle
// (readStart/readStop/onread, writeBuffer/shutdown with req.oncomplete),
// reading from the moment they exist, as Node's sockets do.

const { Readable, Writable } = require('stream');

const UV_EOF = -4095;

function errnoException(err, syscall) {
  return require('util')._errnoException(err, syscall);
}

class PipeReader extends Readable {
  constructor(handle) {
    super();
    this._handle = handle;
    handle.onread = (nread, buf) => {
      if (nread > 0) {
        if (!this.push(buf) && this._handle) this._handle.readStop();
        return;
      }
      if (nread === UV_EOF) {
        this.push(null);
        return;
      }
      this.destroy(errnoException(nread, 'read'));
    };
    this.read(0);
  }

  _read() {
    if (this._handle) this._handle.readStart();
  }

  _destroy(err, cb) {
    if (this._handle) {
      this._handle.onread = () => {};
      this._handle.close();
      this._handle = null;
    }
    cb(err);
  }

  ref() {
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle) this._handle.unref();
    return this;
  }
}

class PipeWriter extends Writable {
  constructor(handle) {
    super();
    this._handle = handle;
  }

  _write(chunk, encoding, cb) {
    if (!this._handle) {
      cb(errnoException(-9, 'write'));
      return;
    }
    const req = { oncomplete: (status) => cb(status < 0 ? errnoException(status, 'write') : undefined) };
    const err = this._handle.writeBuffer(req, chunk);
    if (err < 0) cb(errnoException(err, 'write'));
  }

  _final(cb) {
    if (!this._handle) {
      cb();
      return;
    }
    const req = { oncomplete: (status) => cb(status < 0 ? errnoException(status, 'shutdown') : undefined) };
    const err = this._handle.shutdown(req);
    if (err < 0) cb(errnoException(err, 'shutdown'));
  }

  _destroy(err, cb) {
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    cb(err);
  }

  ref() {
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle) this._handle.unref();
    return this;
  }
}

// createSocket is Node's name: stdout and stderr read, stdin writes.
function createSocket(handle, readable) {
  return readable ? new PipeReader(handle) : new PipeWriter(handle);
}

module.exports = { createSocket, PipeReader, PipeWriter };
