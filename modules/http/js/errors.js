'use strict';
// The coded errors of the http module, worded as Node's.

const { nodeError, inspect } = require('internal/errors');

// Node's messages format their arguments as %s does (an object is
// inspected); util loads only when an error is made.
function format(...args) {
  return require('internal/util/inspect').format(...args);
}

const codes = {
  headersSent: (what) => nodeError(Error, 'ERR_HTTP_HEADERS_SENT',
    `Cannot ${what} headers after they are sent to the client`),
  invalidStatusCode: (code) => nodeError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE',
    format('Invalid status code: %s', code)),
  invalidHeaderValue: (value, name) => nodeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE',
    format('Invalid value "%s" for header "%s"', value, name)),
  invalidToken: (what, token) => nodeError(TypeError, 'ERR_INVALID_HTTP_TOKEN',
    format('%s must be a valid HTTP token ["%s"]', what, token)),
  invalidChar: (what, field) => nodeError(TypeError, 'ERR_INVALID_CHAR',
    `Invalid character in ${what}${field !== undefined ? ` ["${field}"]` : ''}`),
  trailerInvalid: () => nodeError(Error, 'ERR_HTTP_TRAILER_INVALID',
    'Trailers are invalid with this transfer encoding'),
  bodyNotAllowed: () => nodeError(Error, 'ERR_HTTP_BODY_NOT_ALLOWED',
    'Adding content for this request method or response status is not allowed.'),
  contentLengthMismatch: (actual, expected) => nodeError(Error, 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
    `Response body's content-length of ${actual} byte(s) does not match the ` +
    `content-length of ${expected} byte(s) set in header`),
  socketEncoding: () => nodeError(Error, 'ERR_HTTP_SOCKET_ENCODING',
    'Changing the socket encoding is not allowed per RFC7230 Section 3.'),
  socketAssigned: () => nodeError(Error, 'ERR_HTTP_SOCKET_ASSIGNED',
    'ServerResponse has an already assigned socket'),
  requestTimeout: () => nodeError(Error, 'ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout'),
  invalidProtocol: (protocol, expected) => nodeError(TypeError, 'ERR_INVALID_PROTOCOL',
    `Protocol "${protocol}" not supported. Expected "${expected}"`),
  unescapedCharacters: (what) => nodeError(TypeError, 'ERR_UNESCAPED_CHARACTERS',
    `${what} contains unescaped characters`),
  notImplemented: (what) => nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
    `The ${what} method is not implemented`),
  writeAfterEnd: () => nodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'),
  destroyed: (what) => nodeError(Error, 'ERR_STREAM_DESTROYED',
    `Cannot call ${what} after a stream was destroyed`),
  alreadyFinished: (what) => nodeError(Error, 'ERR_STREAM_ALREADY_FINISHED',
    `Cannot call ${what} after a stream was finished`),
  nullValues: () => nodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'),
  cannotPipe: () => nodeError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'),
};

// `socket hang up`, `aborted`: a connection reset as the peer saw it.
function connResetException(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

module.exports = { codes, connResetException, inspect };
