'use strict';
// Buffer's number reads and writes (readUInt16LE, writeDoubleBE, ...), with
// Node's argument checks and error texts. module.exports installs them on
// Buffer.prototype in Node's property order.

const { invalidArgType, at } = binding.errors;

// The reads and writes themselves are in buffer_rw_ops.js, compiled on the
// first call of a method: until then each name below is a stub that loads
// the part and rebinds every name to its real function, so the methods
// call those directly from then on.
let boundsError, checkBounds, readUnsigned, readSigned, writeInt, readFloat, writeFloat, readBig, writeBig;
function loadOps() {
  ({
    boundsError, checkBounds, readUnsigned, readSigned, writeInt, readFloat, writeFloat, readBig, writeBig,
  } = binding.loadPart('buffer_rw_ops'));
}
boundsError = (value, last, type) => { loadOps(); return boundsError(value, last, type); };
checkBounds = (buf, offset, size) => { loadOps(); return checkBounds(buf, offset, size); };
readUnsigned = (buf, offset, size, bigEndian) => { loadOps(); return readUnsigned(buf, offset, size, bigEndian); };
readSigned = (buf, offset, size, bigEndian) => { loadOps(); return readSigned(buf, offset, size, bigEndian); };
writeInt = (buf, value, offset, size, min, max, bigEndian) => {
  loadOps();
  return writeInt(buf, value, offset, size, min, max, bigEndian);
};
readFloat = (buf, offset, size, bigEndian) => { loadOps(); return readFloat(buf, offset, size, bigEndian); };
writeFloat = (buf, value, offset, size, bigEndian) => { loadOps(); return writeFloat(buf, value, offset, size, bigEndian); };
readBig = (buf, offset, signed, bigEndian) => { loadOps(); return readBig(buf, offset, signed, bigEndian); };
writeBig = (buf, value, offset, min, max, bigEndian) => { loadOps(); return writeBig(buf, value, offset, min, max, bigEndian); };

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
