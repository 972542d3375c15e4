'use strict';
// net.BlockList (rules of addresses, ranges and subnets that check()
// matches, IPv4 also as IPv4-mapped IPv6) and net.SocketAddress.

const { inspect } = require('util');
const {
  nodeError, invalidArgValue, validateObject, validateString, validateNumber, validateInteger,
} = require('internal/errors');
const { validatePort } = binding.load('ip');

const kAddress = Symbol('kAddress');
const kBytes = Symbol('kBytes');

function invalidAddress() {
  return nodeError(Error, 'ERR_INVALID_ADDRESS', 'Invalid socket address');
}

// 'ipv4' or 'ipv6', in any case.
function familyOf(family, name) {
  const f = typeof family === 'string' ? family.toLowerCase() : family;
  if (f !== 'ipv4' && f !== 'ipv6') throw invalidArgValue(name, family);
  return f;
}

function parse(address, family) {
  return binding.ipBytes(address, family === 'ipv4' ? 4 : 6);
}

class SocketAddress {
  static isSocketAddress(value) {
    return value != null && typeof value === 'object' && value[kAddress] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    const family = familyOf(options.family === undefined ? 'ipv4' : options.family, 'options.family');
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateInteger(flowlabel, 'options.flowlabel', 0, 4294967295);
    const parsed = parse(address, family);
    if (parsed === null) throw invalidAddress();
    this[kAddress] = { address: parsed[0], port: port | 0, family, flowlabel };
    this[kBytes] = parsed[1];
  }

  get address() { return this[kAddress].address; }

  get port() { return this[kAddress].port; }

  get family() { return this[kAddress].family; }

  get flowlabel() { return this[kAddress].flowlabel; }

  toJSON() {
    const { address, port, family, flowlabel } = this[kAddress];
    return { address, port, family, flowlabel };
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }
}

function compareBytes(a, b) {
  for (let i = 0; i < 16; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return 0;
}

function inSubnet(bytes, base, prefix) {
  for (let bit = 0; bit < prefix; bit += 8) {
    const take = Math.min(8, prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((bytes[bit / 8] & mask) !== (base[bit / 8] & mask)) return false;
  }
  return true;
}

const kRules = Symbol('kRules');

function label(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

class BlockList {
  constructor() {
    this[kRules] = [];
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    const sa = toSocketAddress(address, family);
    this[kRules].push({ text: `Address: ${label(sa.family)} ${sa.address}`, match: (b) => compareBytes(b, sa[kBytes]) === 0 });
  }

  addRange(start, end, family = 'ipv4') {
    const from = toSocketAddress(start, family, 'start');
    const to = toSocketAddress(end, family, 'end');
    if (compareBytes(from[kBytes], to[kBytes]) > 0) {
      throw invalidArgValue('start', from, 'must come before end');
    }
    this[kRules].push({
      text: `Range: ${label(from.family)} ${from.address}-${to.address}`,
      match: (b) => compareBytes(b, from[kBytes]) >= 0 && compareBytes(b, to[kBytes]) <= 0,
    });
  }

  addSubnet(net, prefix, family = 'ipv4') {
    const base = toSocketAddress(net, family, 'net');
    const max = base.family === 'ipv4' ? 32 : 128;
    validateNumber(prefix, 'prefix', 0, max);
    const bits = base.family === 'ipv4' ? prefix + 96 : prefix;
    this[kRules].push({
      text: `Subnet: ${label(base.family)} ${base.address}/${prefix}`,
      match: (b) => inSubnet(b, base[kBytes], bits),
    });
  }

  check(address, family = 'ipv4') {
    let bytes;
    if (SocketAddress.isSocketAddress(address)) {
      bytes = address[kBytes];
    } else {
      validateString(address, 'address');
      const f = familyOf(family, 'family');
      const parsed = parse(address, f);
      if (parsed === null) return false;
      bytes = parsed[1];
    }
    return this[kRules].some((rule) => rule.match(bytes));
  }

  get rules() {
    const out = [];
    for (let i = this[kRules].length - 1; i >= 0; i--) out.push(this[kRules][i].text);
    return out;
  }
}

function toSocketAddress(address, family, name = 'address') {
  if (SocketAddress.isSocketAddress(address)) return address;
  validateString(address, name);
  return new SocketAddress({ address, family: familyOf(family, 'options.family') });
}

module.exports = { BlockList, SocketAddress };
