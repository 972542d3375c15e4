'use strict';
// ClientRequest's work (_http_client in Node): what client.js's class and
// its methods call, loaded when a program first makes a request (a server
// never does). Body of (exports, require, module, binding).

const net = require('net');
const { Buffer } = require('buffer');
const { URL, urlToHttpOptions } = require('url');
const { addAbortSignal, finished } = require('stream');
const {
  invalidArgType, validateInteger, validateBoolean, validateNumber, outOfRange,
} = require('internal/errors');
const {
  _checkIsHttpToken: checkIsHttpToken, freeParser, parsers, HTTPParser, isLenient, maxHeaderSize,
  prepareError, httpChannels, startHttpPerf,
} = binding.load('common');
const { kUniqueHeaders, parseUniqueHeadersOption, OutgoingMessage, kOutHeaders, kNeedDrain } =
  binding.load('outgoing');
const Agent = binding.load('agent');
const { codes, connResetException } = binding.load('errors');
const {
  socketOnData, socketOnEnd, socketCloseListener, socketErrorListener, ondrain, kError,
  listenSocketTimeout, parserOnIncomingClient, emitErrorEvent,
} = binding.load('client_socket');

const INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;
const kLenientAll = HTTPParser.kLenientAll | 0;
const kLenientNone = HTTPParser.kLenientNone | 0;
const TIMEOUT_MAX = 2 ** 31 - 1;

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw invalidArgType(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

// Node's duck test for a WHATWG URL.
function isURL(v) {
  return Boolean(v !== null && typeof v === 'object' && v.href && v.protocol &&
    v.auth === undefined && v.path === undefined);
}

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) throw outOfRange(name, 'a non-negative finite number', msecs);
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// The constructor's body: `this` is the new ClientRequest.
function init(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    input = urlToHttpOptions(new URL(input));
  } else if (isURL(input)) {
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = Object.assign(input || {}, options);
  }

  let agent = options.agent;
  const defaultAgent = options._defaultAgent || Agent.globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    // With createConnection, no agent.
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
  } else if (typeof agent.addRequest !== 'function') {
    throw invalidArgType('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  let expectedProtocol = defaultAgent.protocol;
  if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;
  if (options.path) {
    const path = String(options.path);
    if (INVALID_PATH_REGEX.test(path)) throw codes.unescapedCharacters('Request path');
  }
  if (protocol !== expectedProtocol) throw codes.invalidProtocol(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
  const optsWithoutSignal = { __proto__: null, ...options };
  const port = optsWithoutSignal.port = options.port || defaultPort || 80;
  const host = optsWithoutSignal.host =
    validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') || 'localhost';
  const setHost = options.setHost === undefined || Boolean(options.setHost);
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = getTimerDuration(options.timeout, 'timeout');
  const signal = options.signal;
  if (signal) {
    addAbortSignal(signal, this);
    delete optsWithoutSignal.signal;
  }

  let method = options.method;
  const methodIsString = typeof method === 'string';
  if (method !== null && method !== undefined && !methodIsString) {
    throw invalidArgType('options.method', 'string', method);
  }
  if (methodIsString && method) {
    if (!checkIsHttpToken(method)) throw codes.invalidToken('Method', method);
    method = this.method = method.toUpperCase();
  } else {
    method = this.method = 'GET';
  }

  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  if (options.joinDuplicateHeaders !== undefined) {
    validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;

  this.path = options.path || '/';
  if (cb) this.once('response', cb);

  // Methods without a body by default send no Transfer-Encoding.
  this.useChunkedEncodingByDefault = !(method === 'GET' || method === 'HEAD' || method === 'DELETE' ||
    method === 'OPTIONS' || method === 'TRACE' || method === 'CONNECT');

  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;

  if (this.agent) {
    // Keep-alive only if the agent can reuse the socket.
    if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }

  const headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      const keys = Object.keys(options.headers);
      for (let i = 0; i < keys.length; i++) this.setHeader(keys[i], options.headers[keys[i]]);
    }
    if (host && !this.getHeader('host') && setHost) {
      let hostHeader = host;
      // An IPv6 address goes in brackets.
      const posColon = hostHeader.indexOf(':');
      if (posColon !== -1 && hostHeader.includes(':', posColon + 1) && hostHeader.charCodeAt(0) !== 91) {
        hostHeader = `[${hostHeader}]`;
      }
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
    if (this.getHeader('expect')) {
      if (this._header) throw codes.headersSent('render');
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
    }
  } else {
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', options.headers);
  }
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);

  if (this.agent) {
    this.agent.addRequest(this, optsWithoutSignal);
    return;
  }
  // No agent: a socket of its own, closed after the response.
  this._last = true;
  this.shouldKeepAlive = false;
  let opts = optsWithoutSignal;
  if (opts.path || opts.socketPath) {
    opts = { ...optsWithoutSignal };
    if (opts.socketPath) opts.path = opts.socketPath;
    else if (opts.path) opts.path = undefined;
  }
  if (typeof opts.createConnection === 'function') {
    let called = false;
    const oncreate = (err, socket) => {
      if (called) return;
      called = true;
      if (err) process.nextTick(() => emitErrorEvent(this, err));
      else this.onSocket(socket);
    };
    try {
      const newSocket = opts.createConnection(opts, oncreate);
      if (newSocket) oncreate(null, newSocket);
    } catch (err) {
      oncreate(err);
    }
  } else {
    this.onSocket(net.createConnection(opts));
  }
}
function _implicitHeader() {
  if (this._header) throw codes.headersSent('render');
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
}

function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(emitAbortNT, this);
  this.destroy();
}

function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  // No more of the response matters.
  if (this.res) this.res._dump();
  this[kError] = err;
  this.socket?.destroy(err);
  return this;
}

function emitAbortNT(req) {
  req.emit('abort');
}

function tickOnSocket(req, socket) {
  const parser = parsers.alloc();
  req.socket = socket;
  const lenient = req.insecureHTTPParser === undefined ? isLenient() : req.insecureHTTPParser;
  parser.initialize(HTTPParser.RESPONSE, { type: 'HTTPINCOMINGMESSAGE', req },
    req.maxHeaderSize || maxHeaderSize, lenient ? kLenientAll : kLenientNone);
  parser.socket = socket;
  parser.outgoing = req;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  if (typeof req.maxHeadersCount === 'number') parser.maxHeaderPairs = req.maxHeadersCount << 1;
  parser.joinDuplicateHeaders = req.joinDuplicateHeaders;
  parser.onIncoming = parserOnIncomingClient;
  socket.on('error', socketErrorListener);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);
  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
}

function onSocket(socket, err) {
  process.nextTick(onSocketNT, this, socket, err);
}

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    const destroyReq = (req, err) => {
      if (!req.aborted && !err) err = connResetException('socket hang up');
      if (err) emitErrorEvent(req, err);
      req._closed = true;
      req.emit('close');
    };
    if (socket) {
      if (!err && req.agent && !socket.destroyed) {
        socket.emit('free');
      } else {
        finished(socket.destroy(err || req[kError]), (er) => {
          if (er?.code === 'ERR_STREAM_PREMATURE_CLOSE') er = null;
          destroyReq(req, er || err);
        });
        return;
      }
    }
    destroyReq(req, err || req[kError]);
  } else {
    tickOnSocket(req, socket);
    req._flush();
  }
}

// Socket methods called before there is a connected socket wait for one.
function _deferToConnect(method, args) {
  const callSocketMethod = () => {
    if (method) Reflect.apply(this.socket[method], this.socket, args);
  };
  const onSocket = () => {
    if (this.socket.writable) callSocketMethod();
    else this.socket.once('connect', callSocketMethod);
  };
  if (!this.socket) this.once('socket', onSocket);
  else onSocket();
}

function setRequestTimeout(msecs, callback) {
  if (this._ended) return this;
  listenSocketTimeout(this);
  msecs = getTimerDuration(msecs, 'msecs');
  if (callback) this.once('timeout', callback);
  if (this.socket) setSocketTimeout(this.socket, msecs);
  else this.once('socket', (sock) => setSocketTimeout(sock, msecs));
  return this;
}

function setSocketTimeout(sock, msecs) {
  if (sock.connecting) sock.once('connect', function() { sock.setTimeout(msecs); });
  else sock.setTimeout(msecs);
}

function setNoDelay(noDelay) {
  this._deferToConnect('setNoDelay', [noDelay]);
}

function setSocketKeepAlive(enable, initialDelay) {
  this._deferToConnect('setKeepAlive', [enable, initialDelay]);
}

function clearRequestTimeout(cb) {
  this.setTimeout(0, cb);
}

// The request is all written (end()): 'prefinish', then
// http.client.request.start.
function _finish() {
  OutgoingMessage.prototype._finish.call(this);
  if (binding.httpObserved()) {
    startHttpPerf(this, 'HttpClient', {
      method: this.method, url: `${this.protocol}//${this.host}${this.path}`, headers: this.getHeaders(),
    });
  }
  const channel = httpChannels().clientRequestStart;
  if (channel._subscribers.length !== 0) channel.publish({ request: this });
}

module.exports = {
  init, _implicitHeader, abort, destroy, onSocket, _deferToConnect, setTimeout: setRequestTimeout, setNoDelay,
  setSocketKeepAlive, clearTimeout: clearRequestTimeout, _finish,
};
