'use strict';
// Buffer's number reads and writes (readUInt16LE, writeDoubleBE, ...), with
// Node's argument checks and error texts. module.exports installs them on
// Buffer.prototype in Node's property order.

const { outOfRange, outOfBounds, invalidArgType, validateNumber, at } = binding.errors;

// Where a read or write fell outside the buffer: a non-integer offset, a
// buffer too short for any access, or a plain out-of-range offset.
function boundsError(value, last, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw at(outOfRange(type || 'offset', 'an integer', value), 'boundsInteger');
  }
  if (last < 0) throw at(outOfBounds(), 'boundsEmpty');
  throw at(outOfRange(type || 'offset', `>= ${type ? 1 : 0} and <= ${last}`, value), 'boundsRange');
}

function checkBounds(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
}

// The common widths are spelled out: goja runs straight-line code several
// times faster than the general loop.
function readUnsigned(buf, offset, size, bigEndian) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + size - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - size);
  switch (size) {
    case 1:
      return first;
    case 2:
      return bigEndian ? first * 0x100 + last : first + last * 0x100;
    case 4:
      return bigEndian ?
        first * 0x1000000 + buf[offset + 1] * 0x10000 + buf[offset + 2] * 0x100 + last :
        first + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 + last * 0x1000000;
  }
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + buf[bigEndian ? offset + i : offset + size - 1 - i];
  return value;
}

function readSigned(buf, offset, size, bigEndian) {
  const value = readUnsigned(buf, offset, size, bigEndian);
  const limit = 2 ** (size * 8 - 1);
  return value >= limit ? value - limit * 2 : value;
}

function rangeText(size, min, max) {
  const n = typeof min === 'bigint' ? 'n' : '';
  if (size > 4) {
    const bits = size * 8;
    if (min === 0 || min === 0n) return `>= 0${n} and < 2${n} ** ${bits}${n}`;
    return `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
  }
  return `>= ${min}${n} and <= ${max}${n}`;
}

function checkValue(value, min, max, size) {
  if (value > max || value < min) {
    throw at(outOfRange('value', rangeText(size, min, max), value), size === 1 ? 'int8Value' : 'intValue');
  }
}

// Writes the integer value (already range-checked) as size bytes: the low
// 32 bits by shifting, anything above from the high part.
function storeInt(buf, value, offset, size, bigEndian) {
  if (size === 2) {
    if (bigEndian) {
      buf[offset] = value >>> 8;
      buf[offset + 1] = value;
    } else {
      buf[offset] = value;
      buf[offset + 1] = value >>> 8;
    }
    return offset + 2;
  }
  if (size === 4 && !bigEndian) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value >>> 16;
    buf[offset + 3] = value >>> 24;
    return offset + 4;
  }
  const step = bigEndian ? -1 : 1;
  let at = bigEndian ? offset + size - 1 : offset;
  let v = value;
  for (let i = 0; i < size && i < 4; i++, at += step) {
    buf[at] = v;
    v >>>= 8;
  }
  let high = Math.floor(value * 2 ** -32);
  for (let i = 4; i < size; i++, at += step) {
    buf[at] = high;
    high >>>= 8;
  }
  return offset + size;
}

function writeInt(buf, value, offset, size, min, max, bigEndian) {
  value = +value;
  if (size === 1) {
    validateNumber(offset, 'offset');
    checkValue(value, min, max, size);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkValue(value, min, max, size);
  checkBounds(buf, offset, size);
  return storeInt(buf, value, offset, size, bigEndian);
}

const scratch = new DataView(new ArrayBuffer(8));

function readFloat(buf, offset, size, bigEndian) {
  checkBounds(buf, offset, size);
  for (let i = 0; i < size; i++) scratch.setUint8(i, buf[offset + i]);
  return size === 4 ? scratch.getFloat32(0, !bigEndian) : scratch.getFloat64(0, !bigEndian);
}

function writeFloat(buf, value, offset, size, bigEndian) {
  value = +value;
  checkBounds(buf, offset, size);
  if (size === 4) scratch.setFloat32(0, value, !bigEndian);
  else scratch.setFloat64(0, value, !bigEndian);
  for (let i = 0; i < size; i++) buf[offset + i] = scratch.getUint8(i);
  return offset + size;
}

function readBig(buf, offset, signed, bigEndian) {
  const lo = readUnsigned(buf, bigEndian ? offset + 4 : offset, 4, bigEndian);
  const hi = readUnsigned(buf, bigEndian ? offset : offset + 4, 4, bigEndian);
  const value = (BigInt(hi) << 32n) + BigInt(lo);
  return signed ? BigInt.asIntN(64, value) : value;
}

function writeBig(buf, value, offset, min, max, bigEndian) {
  checkValue(value, min, max, 8);
  checkBounds(buf, offset, 8);
  if (typeof value !== 'bigint') throw at(new TypeError('Cannot mix BigInt and other types, use explicit conversions'), 'bigintMix');
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  storeInt(buf, lo, bigEndian ? offset + 4 : offset, 4, bigEndian);
  storeInt(buf, hi, bigEndian ? offset : offset + 4, 4, bigEndian);
  return offset + 8;
}

const named = (name, fn) => Object.defineProperty(fn, 'name', { value: name });

function bigMethods() {
  const m = [];
  const readers = [['readBigUInt64LE', false, false], ['readBigUInt64BE', false, true]];
  for (let i = 0; i < readers.length; i++) {
    const [name, signed, be] = readers[i];
    m.push([name, named(name, function (offset = 0) {
      checkBounds(this, offset, 8);
      return readBig(this, offset, signed, be);
    })]);
  }
  m.push(['readBigUint64LE', m[0][1]], ['readBigUint64BE', m[1][1]]);
  for (let i = 0; i < 2; i++) {
    const name = i === 0 ? 'readBigInt64LE' : 'readBigInt64BE';
    const be = i === 1;
    m.push([name, named(name, function (offset = 0) {
      checkBounds(this, offset, 8);
      return readBig(this, offset, true, be);
    })]);
  }
  const uMax = 0xffffffffffffffffn;
  const writers = [];
  for (let i = 0; i < 2; i++) {
    const name = i === 0 ? 'writeBigUInt64LE' : 'writeBigUInt64BE';
    const be = i === 1;
    writers.push([name, named(name, function (value, offset = 0) {
      return writeBig(this, value, offset, 0n, uMax, be);
    })]);
  }
  m.push(...writers, ['writeBigUint64LE', writers[0][1]], ['writeBigUint64BE', writers[1][1]]);
  for (let i = 0; i < 2; i++) {
    const name = i === 0 ? 'writeBigInt64LE' : 'writeBigInt64BE';
    const be = i === 1;
    m.push([name, named(name, function (value, offset = 0) {
      return writeBig(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, be);
    })]);
  }
  return m;
}

// readUIntLE-style methods: byteLength (1 to 6) picks the width.
function variableRead(name, signed, be) {
  return named(name, function (offset, byteLength) {
    if (offset === undefined) throw at(invalidArgType('offset', 'number', offset), 'noOffset');
    if (byteLength === 1 || byteLength === 2 || byteLength === 3 ||
        byteLength === 4 || byteLength === 5 || byteLength === 6) {
      return signed ? readSigned(this, offset, byteLength, be) : readUnsigned(this, offset, byteLength, be);
    }
    boundsError(byteLength, 6, 'byteLength');
  });
}

function variableWrite(name, signed, be) {
  return named(name, function (value, offset, byteLength) {
    if (byteLength === 1 || byteLength === 2 || byteLength === 3 ||
        byteLength === 4 || byteLength === 5 || byteLength === 6) {
      const limit = 2 ** (byteLength * 8 - (signed ? 1 : 0));
      return writeInt(this, value, offset, byteLength, signed ? -limit : 0, limit - 1, be);
    }
    boundsError(byteLength, 6, 'byteLength');
  });
}

// One family (read or write, signed or not): [name, fn] pairs in Node's
// order, followed by the lowercase "Uint" aliases for the unsigned ones.
function intFamily(write, signed) {
  const U = signed ? 'Int' : 'UInt';
  const out = [];
  const add = (suffix, fn) => out.push([`${write ? 'write' : 'read'}${U}${suffix}`, fn]);
  for (let b = 0; b < 2; b++) {
    const be = b === 1;
    const e = be ? 'BE' : 'LE';
    add(e, (write ? variableWrite : variableRead)(`${write ? 'write' : 'read'}${U}${e}`, signed, be));
    for (let s = 4; s >= 1; s >>= 1) {
      const size = s;
      if (size === 1 && be) continue;
      const suffix = size === 1 ? '8' : `${size * 8}${e}`;
      const name = `${write ? 'write' : 'read'}${U}${suffix}`;
      const limit = 2 ** (size * 8 - (signed ? 1 : 0));
      const min = signed ? -limit : 0;
      let fn;
      if (write) {
        fn = function (value, offset = 0) { return writeInt(this, value, offset, size, min, limit - 1, be); };
      } else if (signed) {
        fn = function (offset = 0) { return readSigned(this, offset, size, be); };
      } else {
        fn = function (offset = 0) { return readUnsigned(this, offset, size, be); };
      }
      add(suffix, named(name, fn));
    }
  }
  if (!signed) {
    const n = out.length;
    for (let i = 0; i < n; i++) out.push([out[i][0].replace('UInt', 'Uint'), out[i][1]]);
  }
  return out;
}

// Node names these by byte order relative to the (little-endian) host.
function floatMethods() {
  const m = [];
  const fnName = (op, kind, be) => `${op}${kind}${be ? 'Backwards' : 'Forwards'}`;
  for (let k = 0; k < 2; k++) {
    const kind = k === 0 ? 'Float' : 'Double';
    const size = k === 0 ? 4 : 8;
    for (let e = 0; e < 2; e++) {
      const be = e === 1;
      const fn = function (offset = 0) { return readFloat(this, offset, size, be); };
      m.push([`read${kind}${be ? 'BE' : 'LE'}`, named(fnName('read', kind, be), fn)]);
    }
  }
  for (let k = 0; k < 2; k++) {
    const kind = k === 0 ? 'Float' : 'Double';
    const size = k === 0 ? 4 : 8;
    for (let e = 0; e < 2; e++) {
      const be = e === 1;
      const fn = function (value, offset = 0) { return writeFloat(this, value, offset, size, be); };
      m.push([`write${kind}${be ? 'BE' : 'LE'}`, named(fnName('write', kind, be), fn)]);
    }
  }
  return m;
}

// Index loops rather than for-of and spreads: this runs whenever buffer
// loads, and goja allocates for every iterator step.
module.exports = function install(proto) {
  const groups = [
    bigMethods(),
    intFamily(false, false), intFamily(false, true),
    intFamily(true, false), intFamily(true, true),
    floatMethods(),
  ];
  for (let g = 0; g < groups.length; g++) {
    const methods = groups[g];
    for (let i = 0; i < methods.length; i++) proto[methods[i][0]] = methods[i][1];
  }
};
