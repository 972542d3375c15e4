'use strict';
// Body of function(exports, require, module, binding): internal/process/stdio,
// the streams behind process.stdin, process.stdout and process.stderr. Each
// is made on first use (process.js asks), of the class Node picks for what
// the fd is: a terminal's tty stream, a file's synchronous writer or
// fs.ReadStream, a pipe's or socket's net.Socket.

// Every kind of stdio stream is a stream: loading this module means one is
// being made.
const { Readable, Writable } = require('stream');

// SyncWriteStream is Node's writer for stdout and stderr on a file: every
// chunk goes out with writeSync before write() returns.
function SyncWriteStream(fd, options) {
  Writable.call(this, { autoDestroy: true });
  this.fd = fd;
  this.readable = false;
  this.autoClose = !options || options.autoClose === undefined ? true : Boolean(options.autoClose);
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);
SyncWriteStream.prototype._write = function _write(chunk, encoding, cb) {
  // Straight to the fd: loading fs for its writeSync would double what a
  // script that prints to a file compiles. fs writes what is left after a
  // failure, and reports it (if it fails again) with Node's error.
  const written = chunk instanceof Uint8Array ? binding.writeAll(this.fd, chunk) : 0;
  if (written < chunk.length) {
    try {
      require('fs').writeSync(this.fd, chunk, written);
    } catch (err) {
      cb(err);
      return;
    }
  }
  cb();
};
SyncWriteStream.prototype._destroy = function _destroy(err, cb) {
  if (this.fd !== null && this.autoClose) require('fs').closeSync(this.fd);
  this.fd = null;
  cb(err);
};
SyncWriteStream.prototype.destroySoon = function destroySoon(err, cb) {
  return this.destroy(err, cb);
};

// The terminal's classes come from the tty module.
function ttyStream(fd, readable) {
  const tty = require('tty');
  return readable ? new tty.ReadStream(fd) : new tty.WriteStream(fd);
}

function writableStdio(fd) {
  let stream;
  // A Go program embedding the runtime may take its output in a writer of
  // its own: the stream writes there, synchronously, as to a file.
  const type = binding.redirected(fd) ? 'WRITER' : binding.guessHandleType(fd);
  switch (type) {
    case 'TTY':
      stream = ttyStream(fd, false);
      stream._type = 'tty';
      break;
    case 'FILE':
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stream = new net.Socket({ fd: binding.handleFd(fd), readable: false, writable: true });
      // Writes wait for the reader rather than queue: what console.log
      // printed is out even when process.exit() follows, as for files
      // and terminals (libuv queues instead, and can lose the tail).
      binding.setBlocking(fd, true);
      stream._type = 'pipe';
      break;
    }
    case 'WRITER':
      stream = new Writable({
        write(chunk, encoding, cb) {
          process._write(fd, chunk);
          cb();
        },
      });
      stream._type = 'fs';
      break;
    default: {
      // A closed or unknown fd: output goes nowhere, as Node's does.
      stream = new Writable({ write(chunk, encoding, cb) { cb(); } });
    }
  }
  stream.fd = fd;
  stream._isStdio = true;
  return stream;
}

// stdout and stderr never close their fd: destroy() (end() ends in one)
// settles the stream and makes it writable again.
function keepOpen(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

function getWritable(fd) {
  const stream = writableStdio(fd);
  stream.destroySoon = stream.destroy;
  stream._destroy = keepOpen;
  if (stream.isTTY) process.on('SIGWINCH', () => stream._refreshSize());
  return stream;
}

function readableStdio(fd) {
  switch (binding.guessHandleType(fd)) {
    case 'TTY':
      return ttyStream(fd, true);
    case 'FILE': {
      const fs = require('fs');
      return new fs.ReadStream(null, { fd, autoClose: false });
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      const stream = new net.Socket({ fd: binding.handleFd(fd), readable: true, writable: false, manualStart: true });
      // stdin cannot be end()ed.
      stream._writableState.ended = true;
      return stream;
    }
    default: {
      const stream = new Readable({ read() {} });
      stream.push(null);
      return stream;
    }
  }
}

function getStdin() {
  if (binding.isWorker()) return require('worker_threads')[Symbol.for('gocluster.workerStdin')]();
  const stdin = readableStdio(0);
  stdin.fd = 0;
  // stdin starts paused: nothing is read (and the process may exit) until
  // someone reads, listens for 'data' or resumes it.
  const handle = stdin._handle;
  if (handle && handle.readStop) {
    handle.reading = false;
    stdin._readableState.reading = false;
    handle.readStop();
  }
  // Once paused again, stop reading on the next tick, so the fd no longer
  // keeps the process alive.
  stdin.on('pause', () => process.nextTick(stopIfPaused));
  function stopIfPaused() {
    const h = stdin._handle;
    if (h && h.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      h.reading = false;
      h.readStop();
    }
  }
  return stdin;
}

// create(fd) makes the stream of stdin (0), stdout (1) or stderr (2).
exports.create = (fd) => (fd === 0 ? getStdin() : getWritable(fd));
exports.SyncWriteStream = SyncWriteStream;
