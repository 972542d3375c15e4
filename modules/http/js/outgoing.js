'use strict';
// _http_outgoing: OutgoingMessage, the writable side shared by the server's
// responses and the client's requests. Bytes wait in outputData until the
// message owns its socket (pipelined responses take turns), then go to
// the socket; a body without a known length goes out in chunks.

const Stream = require('stream');
const { Buffer } = require('buffer');
const { invalidArgType } = require('internal/errors');
const { queueTick, emitWith } = require('internal/fast_paths');
const { codes } = binding.load('errors');
const headers = binding.load('headers');
const { kOutHeaders, kUniqueHeaders } = headers;

const kCorked = Symbol('corked');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kNeedDrain = Symbol('kNeedDrain');
// net.Socket's write of a whole message past its stream, and how that
// write reports when it finished in the background.
const kWriteHTTP = Symbol.for('gocluster.net.writeHTTP');
const kOnWriteDone = Symbol.for('gocluster.net.onWriteDone');

const nop = () => {};
let defaultHighWaterMark;

function OutgoingMessage(options) {
  Stream.call(this);
  // What waits for the socket, and about how many bytes it is.
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this.strictContentLength = false;
  this.finished = false;
  this.socket = null;
  defaultHighWaterMark ??= Stream.getDefaultHighWaterMark(false);
  this[kHighWaterMark] = options?.highWaterMark ?? defaultHighWaterMark;
  const reject = options?.rejectNonStandardBodyWrites;
  if (reject) this[kRejectNonStandardBodyWrites] = reject;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

// The private state's starting values live on the prototype: a message
// gets its own only when it changes one, which in goja saves most of what
// making a message costs.
Object.assign(OutgoingMessage.prototype, {
  _last: false,
  _defaultKeepAlive: true,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  _contentLength: null,
  _hasBody: true,
  _trailer: '',
  _headerSent: false,
  _closed: false,
  _header: null,
  _keepAliveTimeout: 0,
  _onPendingData: nop,
  [kBytesWritten]: 0,
  [kNeedDrain]: false,
  [kCorked]: 0,
  [kOutHeaders]: null,
  [kErrored]: null,
  [kRejectNonStandardBodyWrites]: false,
});
Object.assign(OutgoingMessage.prototype, headers.methods);

function getter(name, get) {
  Object.defineProperty(OutgoingMessage.prototype, name, { get, configurable: true });
}
getter('errored', function() { return this[kErrored]; });
getter('closed', function() { return this._closed; });
getter('writableFinished', function() {
  return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
});
getter('writableObjectMode', () => false);
getter('writableLength', function() {
  return this.outputSize + (this.socket ? this.socket.writableLength : 0);
});
getter('writableHighWaterMark', function() {
  return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark];
});
getter('writableCorked', function() {
  return (this.socket ? this.socket.writableCorked : 0) + this[kCorked];
});
getter('writableEnded', function() { return this.finished; });
getter('writableNeedDrain', function() {
  return !this.destroyed && !this.finished && this[kNeedDrain];
});
Object.defineProperty(OutgoingMessage.prototype, 'headersSent', {
  configurable: true, enumerable: true, get() { return !!this._header; },
});
Object.defineProperty(OutgoingMessage.prototype, 'connection', {
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

// _headers and _headerNames: deprecated (DEP0066) views of the header
// store, { name: value } and { lower-cased name: name as given }. util
// loads on first use, and warns once for both.
function deprecatedView(name, get, set) {
  let accessors;
  const wrapped = () => {
    if (accessors === undefined) {
      const { deprecate } = require('util');
      const msg = `OutgoingMessage.prototype.${name} is deprecated`;
      accessors = { get: deprecate(get, msg, 'DEP0066'), set: deprecate(set, msg, 'DEP0066') };
    }
    return accessors;
  };
  Object.defineProperty(OutgoingMessage.prototype, name, {
    get() { return wrapped().get.call(this); },
    set(val) { wrapped().set.call(this, val); },
  });
}
deprecatedView('_headers', function() { return this.getHeaders(); }, function(val) {
  if (val === null || val === undefined) {
    this[kOutHeaders] = null;
  } else if (typeof val === 'object') {
    const store = this[kOutHeaders] = { __proto__: null };
    for (const key of Object.keys(val)) store[key.toLowerCase()] = [key, val[key]];
  }
});
deprecatedView('_headerNames', function() {
  const store = this[kOutHeaders];
  if (store === null) return null;
  const names = { __proto__: null };
  for (const key of Object.keys(store)) names[key] = store[key][0];
  return names;
}, function(val) {
  const store = this[kOutHeaders];
  if (val === null || typeof val !== 'object' || !store) return;
  for (const key of Object.keys(val)) {
    if (store[key]) store[key][0] = val[key];
  }
});

OutgoingMessage.prototype.cork = function cork() {
  if (this.socket) this.socket.cork();
  else this[kCorked]++;
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this.socket) this.socket.uncork();
  else if (this[kCorked]) this[kCorked]--;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function socketSetTimeoutOnConnect(socket) { socket.setTimeout(msecs); });
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) {
    this.socket.destroy(error);
  } else {
    this.once('socket', function socketDestroyOnConnect(socket) { socket.destroy(error); });
  }
  return this;
};

// _send writes body bytes, the head first if it has not gone yet: with a
// string body it goes in the same write (one packet).
OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      const header = this._header;
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback, size) {
  const conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  // Not our turn on the socket yet.
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw codes.notImplemented('_implicitHeader()');
};

const crlfBuf = Buffer.from('\r\n');

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = writeBody(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
    !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

function byteLengthOf(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

function writeBody(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw codes.nullValues();
  } else if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw invalidArgType('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = codes.writeAfterEnd();
  else if (msg.destroyed) err = codes.destroyed('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }

  let len;
  if (msg.strictContentLength) {
    len ??= byteLengthOf(chunk, encoding);
    if (strictContentLength(msg) &&
        (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength :
          msg[kBytesWritten] + len > msg._contentLength)) {
      throw codes.contentLengthMismatch(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }

  if (!msg._header) {
    // end(data) before any head: the length is known.
    if (fromEnd) {
      len ??= byteLengthOf(chunk, encoding);
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }

  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw codes.bodyNotAllowed();
    process.nextTick(callback);
    return true;
  }

  // Writes made in one tick leave in one packet.
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }

  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len ??= byteLengthOf(chunk, encoding);
    msg._send(len.toString(16), 'latin1', null);
    msg._send(crlfBuf, null, null);
    msg._send(chunk, encoding, null, len);
    ret = msg._send(crlfBuf, null, callback);
  } else {
    ret = msg._send(chunk, encoding, callback, len);
  }
  return ret;
}

function connectionCorkNT(conn) {
  conn.uncork();
}

function onFinish(outmsg) {
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  emitWith(outmsg, 'finish', 0);
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }

  if (endAtOnce(this, chunk, encoding, callback)) return this;

  if (chunk) {
    if (this.finished) {
      onError(this, codes.writeAfterEnd(), typeof callback !== 'function' ? nop : callback);
      return this;
    }
    if (this.socket) this.socket.cork();
    writeBody(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(codes.alreadyFinished('end'));
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }

  if (typeof callback === 'function') this.once('finish', callback);

  if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw codes.contentLengthMismatch(this[kBytesWritten], this._contentLength);
  }

  // An arrow, not a bound function: goja makes one several times faster.
  const finish = () => onFinish(this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }

  if (this.socket) {
    // end() uncorks fully.
    this.socket._writableState.corked = 1;
    this.socket.uncork();
  }
  this[kCorked] = 0;
  this.finished = true;

  // Everything went to the socket: the next message may start.
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) {
    this._finish();
  }
  return this;
};

// end() of a message that owns an idle socket and has written nothing
// yet: the head and the body leave in one write on the socket's handle,
// with the bytes and the events the stream path gives. False when the
// message or socket is in any other state (end() goes the usual way; the
// head may have been made, as end() would make it anyway).
function endAtOnce(msg, chunk, encoding, callback) {
  const socket = msg.socket;
  if (socket === null || socket._httpMessage !== msg || msg.finished || msg.destroyed ||
      msg._headerSent || msg.outputData.length !== 0 || msg[kCorked] !== 0 ||
      msg.strictContentLength || typeof socket[kWriteHTTP] !== 'function') {
    return false;
  }
  if (chunk) {
    if (typeof chunk === 'string') {
      if (encoding && encoding !== 'utf8' && encoding !== 'latin1') return false;
    } else if (!(chunk instanceof Uint8Array)) {
      return false;
    }
  } else {
    chunk = undefined;
  }
  if (!msg._header) {
    msg._contentLength = chunk === undefined ? 0 : byteLengthOf(chunk, encoding);
    msg._implicitHeader();
  }
  if (msg._headerSent || !msg._hasBody) return false;
  const r = socket[kWriteHTTP](msg._header, chunk, encoding, msg.chunkedEncoding, msg._trailer, msg);
  if (r === null) return false;
  msg._headerSent = true;
  if (typeof callback === 'function') msg.once('finish', callback);
  if (r === 1) queueTick(onFinish, 1, msg);
  else if (r < 0) queueTick(onFinish, 1, msg);
  msg.finished = true;
  msg._finish();
  return true;
}

OutgoingMessage.prototype[kOnWriteDone] = function onWriteDone() {
  onFinish(this);
};

OutgoingMessage.prototype._finish = function _finish() {
  emitWith(this, 'prefinish', 0);
};

// Write out what waited for the socket (the message's turn came).
OutgoingMessage.prototype._flush = function _flush() {
  // Nothing waited and nothing to report (a response given its socket at
  // once): what the rest would do is nothing.
  if (this.outputData.length === 0 && this[kCorked] === 0 && !this.finished) return;
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  while (this[kCorked]) {
    this[kCorked]--;
    socket.cork();
  }
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding, callback } = outputData[i];
    outputData[i].data = null;
    ret = socket.write(data, encoding, callback);
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', codes.cannotPipe());
};

OutgoingMessage.prototype[require('events').captureRejectionSymbol] = function(err, event) {
  this.destroy(err);
};

module.exports = {
  kHighWaterMark,
  kUniqueHeaders,
  kNeedDrain,
  kOutHeaders,
  parseUniqueHeadersOption: headers.parseUniqueHeadersOption,
  validateHeaderName: headers.validateHeaderName,
  validateHeaderValue: headers.validateHeaderValue,
  OutgoingMessage,
};
