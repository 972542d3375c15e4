'use strict';
// _http_server: http.Server, a net.Server that reads HTTP requests off each
// connection and answers them with ServerResponses, in order.

const net = require('net');
const EE = require('events');
const { queueTick, emitWith } = require('internal/fast_paths');
const { setInterval, clearInterval } = require('timers');
const { Buffer } = require('buffer');
const {
  validateInteger, validateBoolean, validateObject, outOfRange,
} = require('internal/errors');
const {
  parsers, freeParser, continueExpression, kIncomingMessage, HTTPParser,
  isLenient, maxHeaderSize, prepareError, debug, httpChannels, startHttpPerf,
} = binding.load('common');
const { ConnectionsList } = binding;
const { kUniqueHeaders, parseUniqueHeadersOption, kNeedDrain } = binding.load('outgoing');
const {
  IncomingMessage, hasHeaderLine, hostAndExpect, kHasHost, kHasExpect,
} = binding.load('incoming');
const { kState } = require('internal/streams').load('utils');
const { Stream, Readable } = require('stream');
const ReadableOn = Readable.prototype.on;
const { kResumeScheduled, kEndEmitted } = require('internal/streams').load('readable').bits;
const kWritableNeedDrain = require('internal/streams').load('writable').bits.kNeedDrain;
const { ServerResponse, STATUS_CODES, emitCloseNT, kAddsLikeReadable } = binding.load('response');
const { codes, connResetException } = binding.load('errors');
const { consume, unconsume } = binding.load('consume');

const kServerResponse = Symbol('ServerResponse');
const kConnectionState = Symbol('kConnectionState');
const kOnExecute = HTTPParser.kOnExecute | 0;
const kOnTimeout = HTTPParser.kOnTimeout | 0;
const kRequest = HTTPParser.REQUEST;
const kLenientAll = HTTPParser.kLenientAll | 0;
const kLenientNone = HTTPParser.kLenientNone | 0;
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
// The socket timeout after a response outlasts the advertised keep-alive
// by this much, so the client gives up first.
const KEEP_ALIVE_TIMEOUT_BUFFER = 1000;

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;

  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300_000;
  }
  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60_000, this.requestTimeout);
  }
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw outOfRange('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) {
    validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
    this.keepAliveTimeout = keepAliveTimeout;
  } else {
    this.keepAliveTimeout = 5_000;
  }
  const connectionsCheckingInterval = options.connectionsCheckingInterval;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30_000;
  }
  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) {
    validateBoolean(requireHostHeader, 'options.requireHostHeader');
    this.requireHostHeader = requireHostHeader;
  } else {
    this.requireHostHeader = true;
  }
  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  const rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
    this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
  } else {
    this.rejectNonStandardBodyWrites = false;
  }
}

// On 'listening': the connection list, and the timer that enforces
// headersTimeout and requestTimeout on it.
function setupConnectionsTracking() {
  if (!this[kConnections]) this[kConnections] = new ConnectionsList();
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  this[kConnectionsCheckingInterval] =
    setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
}

function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  // Whether a client's half-close leaves the socket open for the answer.
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function close() {
  httpServerPreClose(this);
  Reflect.apply(net.Server.prototype.close, this, arguments);
  return this;
};

if (Symbol.asyncDispose) {
  Server.prototype[Symbol.asyncDispose] = function() {
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  };
}

Server.prototype.closeAllConnections = function closeAllConnections() {
  if (!this[kConnections]) return;
  const connections = this[kConnections].all();
  for (let i = 0; i < connections.length; i++) connections[i].socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  if (!this[kConnections]) return;
  const connections = this[kConnections].idle();
  for (let i = 0; i < connections.length; i++) {
    const msg = connections[i].socket._httpMessage;
    if (msg && !msg.finished) continue;
    connections[i].socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[EE.captureRejectionSymbol] = function(err, event, ...args) {
  switch (event) {
    case 'request': {
      const { 1: res } = args;
      if (!res.headersSent && !res.writableEnded) {
        const names = res.getHeaderNames();
        for (let i = 0; i < names.length; i++) res.removeHeader(names[i]);
        res.statusCode = 500;
        res.end(STATUS_CODES[500]);
      } else {
        res.destroy();
      }
      break;
    }
    default:
      net.Server.prototype[Symbol.for('nodejs.rejection')].apply(this, arguments);
  }
};

function checkConnections() {
  if (this.headersTimeout === 0 && this.requestTimeout === 0) return;
  const expired = this[kConnections].expired(this.headersTimeout, this.requestTimeout);
  for (let i = 0; i < expired.length; i++) {
    const socket = expired[i].socket;
    if (socket) onRequestTimeout(socket);
  }
}

function connectionListener(socket) {
  connectionListenerInternal(this, socket);
}

// The diagnostics channels, once the first connection came.
let channels = null;

function connectionListenerInternal(server, socket) {
  if (debug !== null) debug('SERVER new http connection');
  if (channels === null) channels = httpChannels();
  socket.server = server;
  // Without a 'timeout' listener anywhere, a timed-out socket is closed.
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  // Readable's on() adds any other event's listener as the emitter's own
  // does: with a socket's stock on(), go there in one call less each.
  const on = socket.on === ReadableOn ? Stream.prototype.on : socket.on;
  on.call(socket, 'timeout', socketOnTimeout);

  const parser = parsers.alloc();
  const lenient = server.insecureHTTPParser === undefined ? isLenient() : server.insecureHTTPParser;
  // No async resource (Node's { type, socket }): the parser has no use
  // for one here.
  parser.initialize(kRequest, undefined,
    server.maxHeaderSize || maxHeaderSize, lenient ? kLenientAll : kLenientNone, server[kConnections]);
  parser.socket = socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1;

  // The parser's callbacks are shared functions that find this through
  // the parser's socket; the socket's listeners are arrows over it, which
  // ignore `this` as Node's bound ones do (a bound function costs goja
  // several microseconds to make, an arrow a fraction of that).
  const state = socket[kConnectionState] = {
    onData: null,
    onEnd: null,
    onClose: null,
    onDrain: null,
    parser,
    outgoing: [],
    incoming: [],
    // About how many bytes wait in responses not yet on the socket: past
    // the high-water mark, reading stops until they drain.
    outgoingData: 0,
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    // The options each response of the connection is made with.
    resOptions: null,
    server,
    socket,
  };
  state.onData = (d) => socketOnData(state, d);
  state.onEnd = () => socketOnEnd(state);
  state.onClose = () => socketOnClose(state);
  state.onDrain = () => drainConnection(socket, state);
  socket.on('data', state.onData);
  on.call(socket, 'error', socketOnError);
  on.call(socket, 'end', state.onEnd);
  on.call(socket, 'close', state.onClose);
  on.call(socket, 'drain', state.onDrain);
  parser.onIncoming = parserOnIncoming;

  // The parser reads the socket's handle directly; the socket's own
  // 'pause'/'resume' drive the handle.
  on.call(socket, 'resume', onSocketResume);
  on.call(socket, 'pause', onSocketPause);
  // A 'data' or 'readable' listener of the program's own takes the data
  // back through the socket.
  socket.on = socketListenerWrapOn;
  socket.addListener = socketListenerWrapAddListener;
  socket.prependListener = socketListenerWrapPrependListener;
  socket.setEncoding = socketSetEncoding;

  const handle = socket._handle;
  if (handle && !handle._consumed) {
    parser._consumed = true;
    handle._consumed = true;
    consume(parser, handle);
  }
  parser[kOnExecute] = onParserExecute;
  parser[kOnTimeout] = onParserTimeout;
  socket._paused = false;
}

function socketSetEncoding() {
  throw codes.socketEncoding();
}

// A response's _onPendingData (`this` is the response).
function updateOutgoingData(delta) {
  const state = this[kConnectionState];
  state.outgoingData += delta;
  drainConnection(state.socket, state);
}

function drainConnection(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.parser.resume();
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(state) {
  if (debug !== null) debug('server socket close');
  const socket = state.socket;
  freeParser(socket.parser, null, socket);
  abortIncoming(state.incoming);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function socketOnEnd(state) {
  const { server, socket, parser } = state;
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
  } else if (!server.httpAllowHalfOpen) {
    socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else {
    socket.end();
  }
}

function socketOnData(state, d) {
  const parser = state.parser;
  const ret = parser.execute(d);
  onParserExecuteCommon(state.server, state.socket, parser, state, ret, d);
}

function onRequestTimeout(socket) {
  socketOnError.call(socket, codes.requestTimeout());
}

// parser[kOnExecute] and parser[kOnTimeout]: `this` is the parser.
function onParserExecute(ret) {
  if (debug !== null) debug('SERVER socketOnParserExecute %d', ret);
  const socket = this.socket;
  const state = socket[kConnectionState];
  // Reads that skip the socket still count as activity.
  socket._unrefTimer();
  onParserExecuteCommon(state.server, socket, state.parser, state, ret, undefined);
}

function onParserTimeout() {
  const socket = this.socket;
  if (!socket[kConnectionState].server.emit('timeout', socket)) socket.destroy();
}

const noop = () => {};
const closingResponse = (status) => Buffer.from(
  `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`, 'ascii');
const badRequestResponse = closingResponse(400);
const requestTimeoutResponse = closingResponse(408);
const requestHeaderFieldsTooLargeResponse = closingResponse(431);
const requestChunkExtensionsTooLargeResponse = closingResponse(413);

function socketOnError(e) {
  // Later errors are ignored.
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error', noop) === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    // Answer only if no response has started on the wire.
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = requestChunkExtensionsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse; break;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    socketOnError.call(socket, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    // Upgrade or CONNECT: the socket leaves HTTP.
    const req = parser.incoming;
    if (!d) d = parser.getCurrentBuffer();
    socket.removeListener('data', state.onData);
    socket.removeListener('end', state.onEnd);
    socket.removeListener('close', state.onClose);
    socket.removeListener('drain', state.onDrain);
    socket.removeListener('error', socketOnError);
    socket.removeListener('timeout', socketOnTimeout);
    unconsumeSocket(parser, socket);
    parser.finish();
    freeParser(parser, req, socket);
    parser = null;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (eventName === 'upgrade' || server.listenerCount(eventName) > 0) {
      const bodyHead = d.slice(ret, d.length);
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.method === 'PRI') {
    socket.destroy();
  }
  if (socket._paused && socket.parser) socket.parser.pause();
}

function clearIncoming(req) {
  req = req || this;
  const parser = req.socket && req.socket.parser;
  // Let the request be collected once read.
  if (parser && parser.incoming === req) {
    if ((req._readableState[kState] & kEndEmitted) !== 0) parser.incoming = null;
    else req.on('end', clearIncoming);
  }
}

// A response's 'finish' listener; the connection's state is on the
// response, so no function is made per request.
function onResponseFinish() {
  const res = this;
  const req = res.req;
  const state = res[kConnectionState];
  const { socket, server } = state;
  if (channels.serverResponseFinish._subscribers.length !== 0) {
    channels.serverResponseFinish.publish({ request: req, response: res, socket, server });
  }
  state.incoming.shift();
  // A body nobody read is thrown away, so the next request can be read.
  if (!req._consuming && (req._readableState[kState] & kResumeScheduled) === 0) req._dump();
  res.detachSocket(socket);
  clearIncoming(req);
  queueTick(emitCloseNT, 1, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout + KEEP_ALIVE_TIMEOUT_BUFFER);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

// A request's head is in: make its response and hand both to the program.
// parser.onIncoming: `this` is the parser.
function parserOnIncoming(req, keepAlive) {
  const socket = this.socket;
  const state = socket[kConnectionState];
  const server = state.server;
  if (state.keepAliveTimeoutSet) resetSocketTimeout(server, socket, state);
  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }
  state.incoming.push(req);
  // Stop reading while responses wait to be written, so pipelined
  // requests cannot pile up without end.
  if (!socket._paused) {
    const ws = socket._writableState;
    if ((ws[kState] & kWritableNeedDrain) !== 0 || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }
  state.resOptions ??= {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  };
  const res = new server[kServerResponse](req, state.resOptions);
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res[kConnectionState] = state;
  res._onPendingData = updateOutgoingData;
  res.shouldKeepAlive = keepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];
  if (channels.serverRequestStart._subscribers.length !== 0) {
    channels.serverRequestStart.publish({ request: req, response: res, socket, server });
  }
  // req.headers is made only for an observer.
  if (binding.httpObserved()) startHttpPerf(res, 'HttpRequest', { method: req.method, url: req.url, headers: req.headers });
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', onResponseFinish);

  let handled = false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    // Both header lines looked for at once when the raw lines tell (-1:
    // ask req.headers, one at a time).
    const found = hostAndExpect(req);
    // RFC 7230 5.4: an HTTP/1.1 request must name its Host.
    if (server.requireHostHeader && !(found < 0 ? hasHeaderLine(req, 'host') : (found & kHasHost) !== 0)) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
    const limited = typeof server.maxRequestsPerSocket === 'number' && server.maxRequestsPerSocket > 0;
    if (limited) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    }
    if (limited && server.maxRequestsPerSocket < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (found < 0 ? hasHeaderLine(req, 'expect') : (found & kHasExpect) !== 0) {
      handled = true;
      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }
  if (!handled) emitWith(server, 'request', 2, req, res);
  return 0;
}

function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  socket.setTimeout(server.timeout || 0);
  state.keepAliveTimeoutSet = false;
}

function onSocketResume() {
  // 'resume' comes a tick late; a socket paused since stays paused.
  if (this._paused) {
    this.pause();
    return;
  }
  if (this._handle && !this._handle.reading) {
    this._handle.reading = true;
    this._handle.readStart();
  }
}

function onSocketPause() {
  if (this._handle && this._handle.reading) {
    this._handle.reading = false;
    this._handle.readStop();
  }
}

function unconsumeSocket(parser, socket) {
  if (socket._handle) {
    if (parser._consumed) parser.unconsume();
    parser._consumed = false;
    socket.removeListener('pause', onSocketPause);
    socket.removeListener('resume', onSocketResume);
  }
}

// One set of wrappers for every socket rather than three closures made
// per connection.
function generateSocketListenerWrapper(originalFnName) {
  return function socketListenerWrap(ev, fn) {
    const res = net.Socket.prototype[originalFnName].call(this, ev, fn);
    if (!this.parser) {
      this.on = net.Socket.prototype.on;
      this.addListener = net.Socket.prototype.addListener;
      this.prependListener = net.Socket.prototype.prependListener;
      return res;
    }
    if (ev === 'data' || ev === 'readable') unconsumeSocket(this.parser, this);
    return res;
  };
}
const socketListenerWrapOn = generateSocketListenerWrapper('on');
const socketListenerWrapAddListener = generateSocketListenerWrapper('addListener');
const socketListenerWrapPrependListener = generateSocketListenerWrapper('prependListener');
socketListenerWrapOn[kAddsLikeReadable] = true;

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  httpServerPreClose,
  kConnectionsCheckingInterval,
};
