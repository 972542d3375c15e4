'use strict';
// The number reads and writes behind Buffer's read*/write* methods, with
// Node's argument checks and error texts: buffer_rw.js's methods call
// these, compiled on the first call of one of them.

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
  if (size === 4) {
    scratch.setFloat32(0, value, !bigEndian);
  } else if (value !== value) {
    // goja stores NaN with a low bit set; V8 writes the quiet NaN.
    scratch.setUint32(bigEndian ? 0 : 4, 0x7ff80000, !bigEndian);
    scratch.setUint32(bigEndian ? 4 : 0, 0, !bigEndian);
  } else {
    scratch.setFloat64(0, value, !bigEndian);
  }
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

module.exports = {
  boundsError, checkBounds, readUnsigned, readSigned, writeInt, readFloat, writeFloat, readBig, writeBig,
};
