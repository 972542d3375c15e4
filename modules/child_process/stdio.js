'use strict';
// Streams over a child's stdio pipes. Node gives net.Sockets here; these
// are streams over the same kind of pipe handle (readStart/readStop/onread,
// writeBuffer/shutdown with req.oncomplete), reading from the moment they
// exist, as Node's sockets do: stdin only writes, stdout and stderr only
// read, and the extra pipes (stdio[3] and on) do both, ending their
// writing side when the child ends its own (Node's allowHalfOpen false).

const { Readable, Writable, Duplex } = require('stream');

const UV_EOF = -4095;
const UV_EBADF = -9;

function errnoException(err, syscall) {
  return require('util')._errnoException(err, syscall);
}

// The handle operations each stream class shares; `stream._handle` is the
// pipe, null once destroyed.

function startReading(stream) {
  stream._handle.onread = (nread, buf) => {
    if (nread > 0) {
      if (!stream.push(buf) && stream._handle) stream._handle.readStop();
      return;
    }
    if (nread === UV_EOF) {
      stream.push(null);
      return;
    }
    stream.destroy(errnoException(nread, 'read'));
  };
  stream.read(0);
}

function read(stream) {
  if (stream._handle) stream._handle.readStart();
}

// handleRequest runs op(req) on the handle; cb gets its outcome: at once
// when the request failed or was done at once (req.async false, a write
// the kernel took whole, as in Node), else from req.oncomplete.
function handleRequest(stream, syscall, op, cb) {
  if (!stream._handle) {
    cb(errnoException(UV_EBADF, syscall));
    return;
  }
  const req = { oncomplete: (status) => cb(status < 0 ? errnoException(status, syscall) : undefined) };
  const err = op(req);
  if (err < 0) cb(errnoException(err, syscall));
  else if (req.async === false) cb();
}

function write(stream, chunk, cb) {
  handleRequest(stream, 'write', (req) => stream._handle.writeBuffer(req, chunk), cb);
}

function final(stream, cb) {
  if (!stream._handle) {
    cb();
    return;
  }
  handleRequest(stream, 'shutdown', (req) => stream._handle.shutdown(req), cb);
}

function destroy(stream, err, cb) {
  if (stream._handle) {
    stream._handle.onread = () => {};
    stream._handle.close();
    stream._handle = null;
  }
  cb(err);
}

// ref and unref, as every class has them.
const refMethods = {
  ref() {
    if (this._handle) this._handle.ref();
    return this;
  },
  unref() {
    if (this._handle) this._handle.unref();
    return this;
  },
};

class PipeReader extends Readable {
  constructor(handle) {
    super();
    this._handle = handle;
    handle[Symbol.for('gocluster.owner_symbol')] = this; // for process._getActiveHandles()
    startReading(this);
  }

  _read() { read(this); }
  _destroy(err, cb) { destroy(this, err, cb); }
}

class PipeWriter extends Writable {
  constructor(handle) {
    super();
    this.readable = false; // node's stdin is a socket made not readable
    this._handle = handle;
    handle[Symbol.for('gocluster.owner_symbol')] = this; // for process._getActiveHandles()
  }

  _write(chunk, encoding, cb) { write(this, chunk, cb); }
  _final(cb) { final(this, cb); }
  _destroy(err, cb) { destroy(this, err, cb); }
}

class PipeDuplex extends Duplex {
  constructor(handle) {
    super({ allowHalfOpen: false });
    this._handle = handle;
    startReading(this);
  }

  _read() { read(this); }
  _write(chunk, encoding, cb) { write(this, chunk, cb); }
  _final(cb) { final(this, cb); }
  _destroy(err, cb) { destroy(this, err, cb); }
}

for (const Class of [PipeReader, PipeWriter, PipeDuplex]) Object.assign(Class.prototype, refMethods);

// createSocket is Node's name: stdin (fd 0) writes, stdout and stderr
// read, any further pipe does both.
function createSocket(handle, readable, fd) {
  if (fd > 2) return new PipeDuplex(handle);
  return readable ? new PipeReader(handle) : new PipeWriter(handle);
}

module.exports = { createSocket, PipeReader, PipeWriter, PipeDuplex };
