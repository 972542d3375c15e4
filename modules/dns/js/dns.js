'use strict';
// require('dns'): lookup and lookupService on the system's resolver
// (getaddrinfo, getnameinfo), the resolve* queries on the default Resolver,
// and Resolver itself, all calling back.

const {
  validateString, validateFunction, missingArgs, invalidArgValue,
} = require('internal/errors');
const utils = require('internal/dns/utils');
const {
  binding: cares, isIP, validatePort, lookupOptions, ordered, emitInvalidHostnameWarning, dnsException, queryException,
  getDefaultResultOrder, setDefaultResultOrder, createResolverClass, bindDefaultResolver,
  getDefaultResolver, errorCodes,
} = utils;

const customPromisifyArgs = Symbol.for('nodejs.util.promisify.customArgs');

// The request objects lookup and lookupService return, as Node's.
class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}
class QueryReqWrap {}

function onlookup(err, addresses) {
  if (err) {
    this.callback(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const [address, family] = addresses[0];
  this.callback(null, address, this.family || family);
}

function onlookupall(err, addresses) {
  if (err) {
    this.callback(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  this.callback(null, addresses.map(([address, family]) => ({ address, family: this.family || family })));
}

// lookup(hostname[, options], callback)
function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  let opts;
  if (typeof options === 'function') {
    callback = options;
    opts = lookupOptions(undefined);
  } else {
    if (typeof options !== 'number' && options !== undefined && typeof options !== 'object') {
      validateFunction(arguments.length === 2 ? options : callback, 'callback');
    } else {
      validateFunction(callback, 'callback');
    }
    opts = lookupOptions(options);
  }
  const { family, all, hints, order } = opts;

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }

  const matchedFamily = isIP(hostname);
  if (matchedFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matchedFamily }]);
    else process.nextTick(callback, null, hostname, matchedFamily);
    return {};
  }

  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  cares.getaddrinfo(hostname, family, hints, (code, list) => {
    req.oncomplete(code || null, code ? undefined : ordered(list, order));
  });
  return req;
}
Object.defineProperty(lookup, customPromisifyArgs, { value: ['address', 'family'], enumerable: false });

// lookupService(address, port, callback)
function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw missingArgs('address', 'port', 'callback');
  if (isIP(address) === 0) throw invalidArgValue('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;

  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = function onlookupservice(err, hostname, service) {
    if (err) {
      this.callback(dnsException(err, 'getnameinfo', this.hostname));
      return;
    }
    this.callback(null, hostname, service);
  };
  cares.getnameinfo(address, port, (code, hostname, service) => req.oncomplete(code || null, hostname, service));
  return req;
}
Object.defineProperty(lookupService, customPromisifyArgs, { value: ['hostname', 'service'], enumerable: false });

// query(bindingName) makes a Resolver method: (name[, options], callback).
function query(bindingName) {
  return function(name, /* options, */ callback) {
    let options;
    if (arguments.length > 2) {
      options = callback;
      callback = arguments[2];
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    if (bindingName === 'getHostByAddr' && isIP(name) === 0) throw dnsException('EINVAL', bindingName, name);

    const req = new QueryReqWrap();
    req.bindingName = bindingName;
    req.callback = callback;
    req.hostname = name;
    req.ttl = !!(options && options.ttl);
    this._handle.query(bindingName, name, (code, result, ttls) => {
      if (code) {
        req.callback(queryException(code, bindingName, name));
        return;
      }
      if (req.ttl && (bindingName === 'queryA' || bindingName === 'queryAaaa')) {
        result = result.map((address, index) => ({ address, ttl: ttls[index] }));
      }
      req.callback(null, result);
    });
    return req;
  };
}

const { Resolver, resolveMap } = createResolverClass(query);

Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let resolver;
  if (typeof rrtype === 'string') {
    resolver = resolveMap[rrtype];
  } else if (typeof rrtype === 'function') {
    resolver = resolveMap.A;
    callback = rrtype;
  } else {
    throw utils.invalidArgType('rrtype', 'string', rrtype);
  }
  if (typeof resolver === 'function') return Reflect.apply(resolver, this, [hostname, callback]);
  throw invalidArgValue('rrtype', rrtype);
};

function defaultResolverSetServers(servers) {
  getDefaultResolver().setServers(servers);
}

let promises;
module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ADDRCONFIG: cares.AI_ADDRCONFIG,
  ALL: cares.AI_ALL,
  V4MAPPED: cares.AI_V4MAPPED,
  ...errorCodes,
};
bindDefaultResolver(module.exports, Resolver.prototype);
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('dns/promises');
    return promises;
  },
});
