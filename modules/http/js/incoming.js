'use strict';
// _http_incoming: IncomingMessage, the readable side of a request (server)
// or response (client): its head, its body as a stream, its trailers.

const { Readable, finished } = require('stream');
const { queueTick } = require('internal/fast_paths');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

const { bits: { kReadingMore, kEndEmitted } } = require('internal/streams').load('readable');
const { kState } = require('internal/streams').load('utils');

// The readable side, with the socket's high-water mark. A usual mark
// skips the options object (and its checks); any other goes through
// them, for the same errors.
function initReadable(msg, socket) {
  const highWaterMark = socket ? socket.readableHighWaterMark : undefined;
  if (highWaterMark == null) {
    Readable.call(msg);
  } else if (typeof highWaterMark === 'number' && highWaterMark >= 0 && Number.isInteger(highWaterMark)) {
    Readable.call(msg);
    msg._readableState.highWaterMark = highWaterMark;
  } else {
    Readable.call(msg, { highWaterMark });
  }
  // readingMore: the parser pushes the body, nobody need ask for more.
  msg._readableState[kState] |= kReadingMore;
}

function IncomingMessage(socket) {
  fillMessage(this, socket, null, null, null, false, null, [], 0, '', null, null, null);
}

// A message whose head the parser has read, as `new IncomingMessage(socket)`
// and the head's values written over its starting ones would make it (the
// same keys in the same order), without writing each twice. rawHeaders is
// the parser's array of lines, of which count are kept.
function incomingWithHead(socket, major, minor, version, join, upgrade, rawHeaders, count,
                          url, method, statusCode, statusMessage) {
  const msg = Object.create(IncomingMessage.prototype);
  fillMessage(msg, socket, major, minor, version, join, upgrade, rawHeaders, count,
    url, method, statusCode, statusMessage);
  return msg;
}

// The constructor's own properties, in Node's order.
function fillMessage(msg, socket, major, minor, version, join, upgrade, rawHeaders, count,
                     url, method, statusCode, statusMessage) {
  initReadable(msg, socket);
  msg.socket = socket;
  msg.httpVersionMajor = major;
  msg.httpVersionMinor = minor;
  msg.httpVersion = version;
  msg.complete = false;
  msg.rawHeaders = rawHeaders;
  msg.rawTrailers = [];
  msg.joinDuplicateHeaders = join;
  msg.aborted = false;
  msg.upgrade = upgrade;
  // A request's.
  msg.url = url;
  msg.method = method;
  // A response's.
  msg.statusCode = statusCode;
  msg.statusMessage = statusMessage;
  msg.client = socket;
  if (count !== 0) msg[kHeadersCount] = count;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// The private state's starting values, on the prototype (a message gets
// its own once one changes). _dumped: nobody can read the body any more,
// it is thrown away.
Object.assign(IncomingMessage.prototype, {
  _consuming: false,
  _dumped: false,
  [kHeaders]: null,
  [kHeadersCount]: 0,
  [kTrailers]: null,
  [kTrailersCount]: 0,
});

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

// headers, headersDistinct, trailers and trailersDistinct are built from
// the raw lines on first use.
function lazyHeaders(name, cache, count, raw, add, nullProto) {
  Object.defineProperty(IncomingMessage.prototype, name, {
    get() {
      if (!this[cache]) {
        const dst = this[cache] = nullProto ? { __proto__: null } : {};
        const src = this[raw];
        for (let n = 0; n < this[count]; n += 2) this[add](src[n], src[n + 1], dst);
      }
      return this[cache];
    },
    set(val) { this[cache] = val; },
  });
}
lazyHeaders('headers', kHeaders, kHeadersCount, 'rawHeaders', '_addHeaderLine', false);
lazyHeaders('headersDistinct', kHeadersDistinct, kHeadersCount, 'rawHeaders', '_addHeaderLineDistinct', true);
lazyHeaders('trailers', kTrailers, kTrailersCount, 'rawTrailers', '_addHeaderLine', false);
lazyHeaders('trailersDistinct', kTrailersDistinct, kTrailersCount, 'rawTrailers', '_addHeaderLineDistinct', true);

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // The parser pushes the body; reading only lets the socket flow.
  if (this.socket.readable) readStart(this.socket);
};

// Destroyed before its end was read: the message was cut short.
IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  // readableEnded, read from the flag word (the getter costs calls).
  if ((this._readableState[kState] & kEndEmitted) === 0 || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      queueTick(onError, 3, this, e || err, cb);
    });
  } else {
    queueTick(onError, 3, this, err, cb);
  }
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// How repeated header lines combine, by lower-cased name: 0 joins with
// ', ', 1 collects an array (set-cookie), 2 joins with '; ' (cookie); a
// name not listed keeps its first value (unless joinDuplicateHeaders).
const kJoin = 0;
const kArray = 1;
const kCookie = 2;
const kFirst = 3;
const duplicates = {
  __proto__: null,
  'age': kFirst, 'host': kFirst, 'from': kFirst, 'etag': kFirst, 'server': kFirst,
  'referer': kFirst, 'expires': kFirst, 'location': kFirst, 'user-agent': kFirst,
  'retry-after': kFirst, 'content-type': kFirst, 'max-forwards': kFirst,
  'authorization': kFirst, 'last-modified': kFirst, 'content-length': kFirst,
  'if-modified-since': kFirst, 'proxy-authorization': kFirst, 'if-unmodified-since': kFirst,
  'set-cookie': kArray,
  'cookie': kCookie,
};

// Lower-casing is skipped for names already written as Node's table has
// them (Title-Case or lower case).
const lowerOf = new Map();
for (const name of Object.keys(duplicates).concat(['date', 'vary', 'origin', 'expect', 'accept',
  'upgrade', 'if-match', 'connection', 'cache-control', 'if-none-match', 'accept-encoding',
  'accept-language', 'x-forwarded-for', 'content-encoding', 'x-forwarded-host',
  'transfer-encoding', 'x-forwarded-proto'])) {
  lowerOf.set(name, name);
  lowerOf.set(name.replace(/(^|-)([a-z])/g, (m, dash, c) => dash + c.toUpperCase()), name);
}
lowerOf.set('ETag', 'etag');

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = lowerOf.get(field) ?? field.toLowerCase();
  const how = duplicates[field] ?? kJoin;
  if (how === kJoin || how === kCookie) {
    if (typeof dest[field] === 'string') {
      dest[field] += (how === kJoin ? ', ' : '; ') + value;
    } else {
      dest[field] = value;
    }
  } else if (how === kArray) {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += ', ' + value;
  } else if (dest[field] === undefined) {
    dest[field] = value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  field = field.toLowerCase();
  if (!dest[field]) dest[field] = [value];
  else dest[field].push(value);
};

// Throw the body away (nobody will read it) so the socket moves on.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

// Whether msg has a Host (kHasHost) and an Expect (kHasExpect) header
// line: one pass over the raw lines while req.headers has not been built,
// otherwise hasHeaderLine's answers.
const kHasHost = 1;
const kHasExpect = 2;
function hostAndExpect(msg) {
  if (msg[kHeaders] !== null || Object.getPrototypeOf(msg) !== IncomingMessage.prototype) return -1;
  const raw = msg.rawHeaders;
  const n = msg[kHeadersCount];
  let found = 0;
  for (let i = 0; i < n; i += 2) {
    const field = raw[i];
    if (field.length === 4) {
      if (field === 'Host' || field === 'host' || field.toLowerCase() === 'host') found |= kHasHost;
    } else if (field.length === 6) {
      if (field === 'Expect' || field === 'expect' || field.toLowerCase() === 'expect') found |= kHasExpect;
    }
  }
  return found;
}

// Whether msg has a header line named lname (lower case), read from the
// raw lines while req.headers has not been built (nobody asked for it).
function hasHeaderLine(msg, lname) {
  if (msg[kHeaders] !== null || Object.getPrototypeOf(msg) !== IncomingMessage.prototype) {
    return msg.headers[lname] !== undefined;
  }
  const raw = msg.rawHeaders;
  const n = msg[kHeadersCount];
  for (let i = 0; i < n; i += 2) {
    const field = raw[i];
    if (field.length === lname.length && (field === lname || field.toLowerCase() === lname)) return true;
  }
  return false;
}

// 'error' is emitted only when someone listens for it.
function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

module.exports = {
  IncomingMessage, incomingWithHead, readStart, readStop, hasHeaderLine, hostAndExpect, kHasHost, kHasExpect,
};
