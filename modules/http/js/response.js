'use strict';
// ServerResponse (in Node's _http_server): the server's OutgoingMessage,
// with its status line, and the status code table.

const { validateObject } = require('internal/errors');
const { Stream, Readable } = require('stream');
const net = require('net');
const { emitWith } = require('internal/fast_paths');
const { codes } = binding.load('errors');
const { OutgoingMessage, kOutHeaders } = binding.load('outgoing');
const { _checkInvalidHeaderChar: checkInvalidHeaderChar, chunkExpression, kHttpPerf, stopHttpPerf } =
  binding.load('common');

const STATUS_CODES = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing',
  103: 'Early Hints',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  208: 'Already Reported',
  226: 'IM Used',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: 'I\'m a Teapot',
  421: 'Misdirected Request',
  422: 'Unprocessable Entity',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended',
  511: 'Network Authentication Required',
};

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    // HTTP/1.0 clients get chunks only if they asked (TE: chunked).
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);
// Its own _finish, as node's: a timed request's perf_hooks entry first.
ServerResponse.prototype._finish = function _finish() {
  if (this[kHttpPerf] !== undefined) {
    stopHttpPerf(this, { statusCode: this.statusCode, statusMessage: this.statusMessage, headers: this.getHeaders() });
  }
  OutgoingMessage.prototype._finish.call(this);
};

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype[kHttpPerf] = undefined;
ServerResponse.prototype.statusMessage = undefined;
ServerResponse.prototype._sent100 = false;
ServerResponse.prototype._expect_continue = false;

function onServerResponseClose() {
  // A stale 'close' after detachSocket finds no message.
  if (this._httpMessage) emitCloseNT(this._httpMessage);
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    emitWith(self, 'close', 0);
  }
}

// Marks a socket's on() that adds a 'close' listener just as Readable's
// does (http's wrapper, which only watches 'data' and 'readable').
const kAddsLikeReadable = Symbol('kAddsLikeReadable');
const ReadableOn = Readable.prototype.on;
const ReadableRemoveListener = Readable.prototype.removeListener;

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw codes.socketAssigned();
  socket._httpMessage = this;
  // Readable's on() adds a 'close' listener as the emitter's own does: a
  // stock socket's goes there in two calls less.
  const on = socket.on;
  if (on === ReadableOn || (on[kAddsLikeReadable] === true && net.Socket.prototype.on === ReadableOn)) {
    Stream.prototype.on.call(socket, 'close', onServerResponseClose);
  } else {
    socket.on('close', onServerResponseClose);
  }
  this.socket = socket;
  emitWith(this, 'socket', 1, socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  if (socket.removeListener === ReadableRemoveListener) {
    Stream.prototype.removeListener.call(socket, 'close', onServerResponseClose);
  } else {
    socket.removeListener('close', onServerResponseClose);
  }
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

// A Link header value as Node accepts it: `<uri>; param=value`, one or a
// list.
const linkValue = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
function validateLinkHeaderValue(hints) {
  if (typeof hints === 'string' && linkValue.test(hints)) return hints;
  if (Array.isArray(hints)) {
    const ok = hints.every((h) => typeof h === 'string' && linkValue.test(h));
    if (ok) return hints.join(', ');
  }
  throw require('internal/errors').invalidArgValue('hints', hints,
    'must be an array or string of format "</styles.css>; rel=preload; as=style"');
}

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  head += 'Link: ' + link + '\r\n';
  for (const key of Object.keys(hints)) {
    if (key !== 'link') head += key + ': ' + hints[key] + '\r\n';
  }
  head += '\r\n';
  this._writeRaw(head, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

function writeHead(statusCode, reason, obj) {
  if (this._header) throw codes.headersSent('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw codes.invalidStatusCode(originalStatusCode);

  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;

  let headers;
  if (this[kOutHeaders]) {
    // Headers set before and given here: merged into the store.
    let k;
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw require('internal/errors').invalidArgValue('headers', obj);
      for (let n = 0; n < obj.length; n += 2) {
        k = obj[n + 0];
        if (k) this.setHeader(k, obj[n + 1]);
      }
    } else if (obj) {
      const keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) {
        k = keys[i];
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }

  if (this.statusMessage !== STATUS_CODES[statusCode] && checkInvalidHeaderChar(this.statusMessage)) {
    throw codes.invalidChar('statusMessage');
  }

  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  // A client that waits for 100 Continue but got a final status may
  // still send its body: do not reuse the connection.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

  this._storeHeader(statusLine, headers);
  return this;
}
ServerResponse.prototype.writeHead = writeHead;
ServerResponse.prototype.writeHeader = writeHead;

module.exports = { ServerResponse, STATUS_CODES, emitCloseNT, kAddsLikeReadable };
