'use strict';
// The errors net gives: system errors from libuv-style errno numbers
// (`connect ECONNREFUSED 127.0.0.1:1`), getaddrinfo failures, and net's
// own coded errors.

const { nodeError, describeValue } = require('internal/errors');

const UV_EADDRINUSE = -98;

let systemErrors;
// [name, description] of a negative errno, as libuv names it.
function uvEntry(err) {
  if (systemErrors === undefined) systemErrors = require('util').getSystemErrorMap();
  return systemErrors.get(err) || [`Unknown system error ${err}`, `Unknown system error ${err}`];
}

function uvErrName(err) {
  return uvEntry(err)[0];
}

// `read ECONNRESET`: errno, code, syscall.
function errnoException(err, syscall, original) {
  const code = uvErrName(err);
  const e = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  return e;
}

function hostPortDetails(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  if (address) return ` ${address}`;
  return '';
}

// `connect ECONNREFUSED 127.0.0.1:1`: errno, code, syscall, address, port.
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = uvErrName(err);
  let details = hostPortDetails(address, port);
  if (additional) details += ` - Local (${additional})`;
  const e = new Error(`${syscall} ${code}${details}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

// `listen EADDRINUSE: address already in use :::8000`, with libuv's text:
// code, errno, syscall, address, port.
function uvExceptionWithHostPort(err, syscall, address, port) {
  const [code, uvmsg] = uvEntry(err);
  const e = new Error(`${syscall} ${code}: ${uvmsg}${hostPortDetails(address, port)}`);
  e.code = code;
  e.errno = err;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

// getaddrinfo's errors carry libuv's EAI numbers.
const dnsErrnos = { ENOTFOUND: -3008, EAI_AGAIN: -3001, EAI_FAIL: -3002, EAI_NODATA: -3007 };

function dnsException(code, syscall, hostname) {
  const e = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  e.errno = dnsErrnos[code];
  e.code = code;
  e.syscall = syscall;
  if (hostname) e.hostname = hostname;
  return e;
}

// An error with the given properties and no code in its message.
function genericNodeError(message, props) {
  const e = new Error(message);
  Object.assign(e, props);
  return e;
}

// All attempts of a connection failed: the errors of each, the first one's
// code.
function aggregateError(errors) {
  const e = new AggregateError(errors, '');
  e.code = errors[0] && errors[0].code;
  return e;
}

const codes = {
  socketBadPort(name, port, allowZero = true) {
    const op = allowZero ? '>=' : '>';
    return nodeError(RangeError, 'ERR_SOCKET_BAD_PORT',
      `${name} should be ${op} 0 and < 65536. Received ${describeValue(port)}.`);
  },
  serverNotRunning() {
    return nodeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.');
  },
  serverAlreadyListen() {
    return nodeError(Error, 'ERR_SERVER_ALREADY_LISTEN',
      'Listen method has been called more than once without closing.');
  },
  socketClosed() {
    return nodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed');
  },
  socketClosedBeforeConnection() {
    return nodeError(Error, 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
      'Socket closed before the connection was established');
  },
  socketConnectionTimeout() {
    return nodeError(Error, 'ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout');
  },
  invalidIPAddress(ip) {
    // %s formatting: an object shows as util.inspect shows it.
    return nodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', require('util').format('Invalid IP address: %s', ip));
  },
  invalidAddressFamily(addressType, host, port) {
    const e = nodeError(RangeError, 'ERR_INVALID_ADDRESS_FAMILY',
      `Invalid address family: ${addressType} ${host}:${port}`);
    e.host = host;
    e.port = port;
    return e;
  },
  invalidHandleType() {
    return nodeError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
  },
  invalidFdType(type) {
    return nodeError(TypeError, 'ERR_INVALID_FD_TYPE', `Unsupported fd type: ${type}`);
  },
  // "The "options" or "port" or "path" argument must be specified"
  missingArgsOneOf(names) {
    const list = names.map((n) => `"${n}"`).join(' or ');
    return nodeError(TypeError, 'ERR_MISSING_ARGS', `The ${list} argument must be specified`);
  },
};

// EADDRINUSE may only show when listening or connecting (libuv keeps it
// for then): a socket that is not on the port asked for did not get it.
function checkBindError(err, port, handle) {
  if (err === 0 && port > 0 && handle.getsockname) {
    const out = {};
    err = handle.getsockname(out);
    if (err === 0 && port !== out.port) err = UV_EADDRINUSE;
  }
  return err;
}

module.exports = {
  checkBindError,
  uvErrName,
  errnoException,
  exceptionWithHostPort,
  uvExceptionWithHostPort,
  dnsException,
  genericNodeError,
  aggregateError,
  codes,
};
