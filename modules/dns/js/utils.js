'use strict';
// internal/dns/utils: what dns and dns/promises share: the resolver base
// class over a channel of the binding, option and argument checks, result
// order, Node's DNS errors and the error code constants.

const {
  inspect, makeNodeError, invalidArgType, invalidArgValue, validateString, validateNumber,
  validateBoolean, validateInteger, validateArray,
} = require('internal/errors');

let netIsIP;
// net's isIP, loaded when first needed (net requires dns for its lookups).
function isIP(input) {
  if (netIsIP === undefined) netIsIP = require('net').isIP;
  return netIsIP(input);
}

const validDnsOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const validFamilies = [0, 4, 6];
let dnsOrder = 'verbatim';

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw invalidArgValue(name, value, `must be one of: ${allowed}`);
  }
}

function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', validDnsOrders);
  dnsOrder = value;
}

function getDefaultResultOrder() {
  return dnsOrder;
}

function validateHints(hints) {
  if ((hints & ~(binding.AI_ADDRCONFIG | binding.AI_ALL | binding.AI_V4MAPPED)) !== 0) {
    throw invalidArgValue('hints', hints);
  }
}

// lookupOptions reads lookup's options argument (a family number or an
// object), as both lookups do; the callback form checks its callback first.
function lookupOptions(options) {
  const out = { hints: 0, family: 0, all: false, order: dnsOrder };
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    out.family = options;
    return out;
  }
  if (options !== undefined && typeof options !== 'object') {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "options" argument must be of type object or integer.${describe(options)}`);
  }
  if (options?.hints != null) {
    validateNumber(options.hints, 'options.hints');
    out.hints = options.hints >>> 0;
    validateHints(out.hints);
  }
  if (options?.family != null) {
    switch (options.family) {
      case 'IPv4': out.family = 4; break;
      case 'IPv6': out.family = 6; break;
      default:
        validateOneOf(options.family, 'options.family', validFamilies);
        out.family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    out.all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    out.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options?.order != null) {
    validateOneOf(options.order, 'options.order', validDnsOrders);
    out.order = options.order;
  }
  return out;
}

function describe(value) {
  const { describeReceived } = require('internal/errors');
  return describeReceived(value);
}

// ordered sorts getaddrinfo's [address, family] pairs as order asks.
function ordered(list, order) {
  if (order === 'verbatim') return list;
  const first = order === 'ipv4first' ? 4 : 6;
  return [...list.filter((a) => a[1] === first), ...list.filter((a) => a[1] !== first)];
}

let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
    'DeprecationWarning', 'DEP0118');
}

// getaddrinfo's errors carry libuv's numbers; c-ares's have none.
const uvErrnos = { ENOTFOUND: -3008, EAI_AGAIN: -3001, EAI_FAIL: -3002, EINVAL: -22 };

function dnsException(code, syscall, hostname) {
  const e = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  e.errno = uvErrnos[code];
  e.code = code;
  e.syscall = syscall;
  if (hostname) e.hostname = hostname;
  return e;
}

// c-ares's query errors carry a code and no errno.
function queryException(code, syscall, hostname) {
  const e = dnsException(code, syscall, hostname);
  e.errno = undefined;
  return e;
}

function validatePort(port) {
  let ok = false;
  if (typeof port === 'number' || (typeof port === 'string' && port.trim() !== '')) {
    const n = +port;
    ok = Number.isInteger(n) && n >= 0 && n <= 0xFFFF;
  }
  if (!ok) {
    throw makeNodeError(RangeError, 'ERR_SOCKET_BAD_PORT',
      `Port should be >= 0 and < 65536.${describe(port)}.`);
  }
}

const IANA_DNS_PORT = 53;
const bracketedIPv6 = /^\[([^[\]]*)\]/;
const addrAndPort = /(^.+?)(?::(\d+))?$/;

function validateResolverOptions(options) {
  const { timeout = -1, tries = 4 } = { ...options };
  validateInteger(timeout, 'options.timeout', -1, 2147483647);
  validateInteger(tries, 'options.tries', 1, 2147483647);
  return { timeout, tries };
}

// ResolverBase is the part of both Resolver classes that is not a query:
// one channel each, with its servers.
class ResolverBase {
  constructor(options = undefined) {
    const { timeout, tries } = validateResolverOptions(options);
    this._handle = binding.newChannel(timeout, tries);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return this._handle.getServers().map(([host, port]) => {
      if (!port || port === IANA_DNS_PORT) return host;
      return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const newSet = servers.map((serv, index) => {
      validateString(serv, `servers[${index}]`);
      let version = isIP(serv);
      if (version !== 0) return [version, serv, IANA_DNS_PORT];
      const bracketed = bracketedIPv6.exec(serv);
      if (bracketed && isIP(bracketed[1]) !== 0) {
        const port = Number.parseInt(serv.replace(addrAndPort, '$2')) || IANA_DNS_PORT;
        return [isIP(bracketed[1]), bracketed[1], port];
      }
      const split = addrAndPort.exec(serv);
      if (split) {
        version = isIP(split[1]);
        if (version !== 0) return [version, split[1], Number.parseInt(split[2] || IANA_DNS_PORT)];
      }
      throw makeNodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${serv}`);
    });
    const why = this._handle.setServers(newSet);
    if (why !== '') {
      throw makeNodeError(Error, 'ERR_DNS_SET_SERVERS_FAILED',
        `c-ares failed to set servers: "${why}" [${inspect(servers)}]`);
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const why = this._handle.setLocalAddress(ipv4, ipv6);
    if (why !== '') throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', why);
  }
}

// The query methods in Node's order; each Resolver class makes them from
// its own query(bindingName) maker.
const queryMethods = [
  ['resolveAny', 'ANY', 'queryAny'], ['resolve4', 'A', 'queryA'], ['resolve6', 'AAAA', 'queryAaaa'],
  ['resolveCaa', 'CAA', 'queryCaa'], ['resolveCname', 'CNAME', 'queryCname'], ['resolveMx', 'MX', 'queryMx'],
  ['resolveNs', 'NS', 'queryNs'], ['resolveTxt', 'TXT', 'queryTxt'], ['resolveSrv', 'SRV', 'querySrv'],
  ['resolvePtr', 'PTR', 'queryPtr'], ['resolveNaptr', 'NAPTR', 'queryNaptr'], ['resolveSoa', 'SOA', 'querySoa'],
  ['reverse', null, 'getHostByAddr'],
];

function createResolverClass(makeQuery) {
  const resolveMap = { __proto__: null };
  class Resolver extends ResolverBase {}
  for (const [method, rrtype, bindingName] of queryMethods) {
    const fn = makeQuery(bindingName);
    Object.defineProperty(fn, 'name', { value: bindingName });
    Resolver.prototype[method] = fn;
    if (rrtype) resolveMap[rrtype] = fn;
  }
  return { Resolver, resolveMap };
}

// The keys bound to the default resolver, exported by both modules.
const resolverKeys = [
  'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt',
  'reverse',
];

let defaultResolver;
function getDefaultResolver() {
  if (defaultResolver === undefined) defaultResolver = new ResolverBase();
  return defaultResolver;
}

function bindDefaultResolver(target, source) {
  const resolver = getDefaultResolver();
  for (const key of resolverKeys) target[key] = source[key].bind(resolver);
}

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

module.exports = {
  binding, isIP, validateOneOf, validatePort, lookupOptions, ordered, emitInvalidHostnameWarning,
  dnsException, queryException, getDefaultResultOrder, setDefaultResultOrder, createResolverClass, bindDefaultResolver,
  getDefaultResolver, errorCodes, invalidArgType, invalidArgValue,
};
