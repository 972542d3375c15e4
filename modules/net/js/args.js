'use strict';
// The argument forms of connect() and listen(), host lookup and the
// autoSelectFamily defaults: what a server and net's exports need of the
// connect side, which itself (connect.js) loads only when a socket first
// connects.

const { validateBoolean, validateInteger } = require('internal/errors');
const { dnsException } = binding.load('errors');

const normalizedArgsSymbol = Symbol('normalizedArgs');

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// The argument forms of connect() and listen(): (options[, cb]),
// (path[, cb]) and ([port][, host][, cb]) become [options, cb or null].
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

let dnsLookup;
// dns.lookup when a dns module exists, else the resolver behind it.
function defaultLookup() {
  if (dnsLookup === undefined) {
    let dns = null;
    try { dns = require('dns'); } catch { dns = null; }
    dnsLookup = dns && typeof dns.lookup === 'function' ? dns.lookup : builtinLookup;
  }
  return dnsLookup;
}

// lookup(host, { family, all }, cb) as dns.lookup calls back.
function builtinLookup(host, options, cb) {
  const family = options.family === 4 || options.family === 6 ? options.family : 0;
  binding.lookup(host, family, (code, list) => {
    if (code) {
      cb(dnsException(code, 'getaddrinfo', host));
      return;
    }
    if (options.all) {
      cb(null, list.map(([address, family]) => ({ address, family })));
    } else {
      cb(null, list[0][0], list[0][1]);
    }
  });
}

const defaults = { autoSelectFamily: true, autoSelectFamilyAttemptTimeout: 250 };
readDefaultsFromFlags(process.execArgv);

// node's --[no-|enable-]network-family-autoselection and
// --network-family-autoselection-attempt-timeout set the defaults; the
// last one given wins.
function readDefaultsFromFlags(argv) {
  const timeoutFlag = '--network-family-autoselection-attempt-timeout';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--network-family-autoselection' || arg === '--enable-network-family-autoselection') {
      defaults.autoSelectFamily = true;
    } else if (arg === '--no-network-family-autoselection') {
      defaults.autoSelectFamily = false;
    } else if (arg === timeoutFlag || arg.startsWith(`${timeoutFlag}=`)) {
      const value = arg === timeoutFlag ? argv[++i] : arg.slice(timeoutFlag.length + 1);
      const ms = Number(value);
      if (Number.isInteger(ms) && ms >= 0) defaults.autoSelectFamilyAttemptTimeout = ms;
    }
  }
}

module.exports = {
  normalizedArgsSymbol,
  normalizeArgs,
  isPipeName,
  toNumber,
  defaults,
  defaultLookup,
  lookup(host, options, cb) { return defaultLookup()(host, options, cb); },
  getDefaultAutoSelectFamily() { return defaults.autoSelectFamily; },
  setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    defaults.autoSelectFamily = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout() { return defaults.autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInteger(value, 'value', 1, 2 ** 31 - 1);
    defaults.autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
  },
};
