'use strict';
// internal/dgram: making UDP handles of a socket type, shared by dgram and
// by cluster's primary (which binds the socket its workers share).

const { nodeError, validateFunction } = require('internal/errors');
const { UDP } = require('internal/udp_wrap');

const kStateSymbol = Symbol('state symbol');
const UV_EINVAL = -22;

// lookupIn(lookup, family) resolves an address of the socket's family, as
// dns.lookup(address, family, cb) calls back; an empty address is loopback.
function lookupIn(lookup, family, fallback) {
  return (address, callback) => lookup(address || fallback, family, callback);
}

// IP literals answer on the next tick without a resolver, as dns.lookup.
function builtinLookup(address, family, callback) {
  const literal = binding.ipFamily(address);
  if (literal !== 0) {
    process.nextTick(callback, null, address, literal);
    return;
  }
  binding.lookup(address, family, (code, ip, fam) => {
    if (code) {
      callback(dnsException(code, address));
      return;
    }
    callback(null, ip, fam);
  });
}

const dnsErrnos = { ENOTFOUND: -3008, EAI_AGAIN: -3001 };

function dnsException(code, hostname) {
  const e = new Error(`getaddrinfo ${code} ${hostname}`);
  e.errno = dnsErrnos[code];
  e.code = code;
  e.syscall = 'getaddrinfo';
  e.hostname = hostname;
  return e;
}

function defaultLookup() {
  let dns = null;
  try { dns = require('dns'); } catch { dns = null; }
  return dns && typeof dns.lookup === 'function' ? dns.lookup : builtinLookup;
}

function newHandle(type, lookup) {
  if (lookup === undefined) lookup = defaultLookup();
  else validateFunction(lookup, 'lookup');
  if (type !== 'udp4' && type !== 'udp6') {
    throw nodeError(TypeError, 'ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6');
  }
  const handle = new UDP();
  if (type === 'udp4') {
    handle.lookup = lookupIn(lookup, 4, '127.0.0.1');
    return handle;
  }
  handle.lookup = lookupIn(lookup, 6, '::1');
  handle.bind = handle.bind6;
  handle.connect = handle.connect6;
  handle.send = handle.send6;
  return handle;
}

// A bound (or opened) handle for cluster's primary, or the negative errno
// of the failure.
function _createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err = 0;
  if (Number.isInteger(fd) && fd > 0 && fd <= 0x7fffffff) {
    err = binding.guessHandleType(fd) === 'UDP' ? handle.open(fd) : UV_EINVAL;
  } else if (port || address) {
    err = handle.bind(address, port || 0, flags);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

module.exports = { kStateSymbol, newHandle, _createSocketHandle, UDP };
