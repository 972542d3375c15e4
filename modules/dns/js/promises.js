'use strict';
// require('dns/promises'): the same functions as dns, returning promises.

const { validateString, missingArgs, invalidArgValue } = require('internal/errors');
const utils = require('internal/dns/utils');
const {
  binding: cares, isIP, validatePort, lookupOptions, ordered, emitInvalidHostnameWarning, dnsException, queryException,
  getDefaultResultOrder, setDefaultResultOrder, createResolverClass, bindDefaultResolver,
  getDefaultResolver, errorCodes,
} = utils;

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const { family, all, hints, order } = lookupOptions(options);
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    return Promise.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily !== 0) {
    const result = { address: hostname, family: matchedFamily };
    return Promise.resolve(all ? [result] : result);
  }
  return new Promise((resolve, reject) => {
    cares.getaddrinfo(hostname, family, hints, (code, list) => {
      if (code) {
        reject(dnsException(code, 'getaddrinfo', hostname));
        return;
      }
      const results = ordered(list, order).map(([address, fam]) => ({ address, family: family || fam }));
      resolve(all ? results : results[0]);
    });
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw missingArgs('address', 'port');
  if (isIP(address) === 0) throw invalidArgValue('address', address);
  validatePort(port);
  return new Promise((resolve, reject) => {
    cares.getnameinfo(address, +port, (code, hostname, service) => {
      if (code) reject(dnsException(code, 'getnameinfo', address));
      else resolve({ hostname, service });
    });
  });
}

// query(bindingName) makes a Resolver method: (name[, options]).
function query(bindingName) {
  return function(name, options) {
    validateString(name, 'name');
    const ttl = !!(options && options.ttl);
    if (bindingName === 'getHostByAddr' && isIP(name) === 0) throw dnsException('EINVAL', bindingName, name);
    return new Promise((resolve, reject) => {
      this._handle.query(bindingName, name, (code, result, ttls) => {
        if (code) {
          reject(queryException(code, bindingName, name));
          return;
        }
        if (ttl && (bindingName === 'queryA' || bindingName === 'queryAaaa')) {
          result = result.map((address, index) => ({ address, ttl: ttls[index] }));
        }
        resolve(result);
      });
    });
  };
}

const { Resolver, resolveMap } = createResolverClass(query);

Resolver.prototype.resolve = function resolve(hostname, rrtype) {
  let resolver;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    resolver = resolveMap[rrtype];
    if (typeof resolver !== 'function') throw invalidArgValue('rrtype', rrtype);
  } else {
    resolver = resolveMap.A;
  }
  return Reflect.apply(resolver, this, [hostname]);
};

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers(servers) { getDefaultResolver().setServers(servers); },
  ...errorCodes,
};
bindDefaultResolver(module.exports, Resolver.prototype);
