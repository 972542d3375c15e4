'use strict';
// V8's ValueSerializer wire format (version 15), written in JS: the bytes
// v8.serialize gives and v8.deserialize reads, so that processes of node
// and gocluster can talk over an 'advanced' IPC channel. Numbers that are
// 32-bit integers are written as V8 writes its small integers; arrays
// without holes are dense, and dense arrays of numbers with a fraction are
// written as doubles, as V8's element kinds make them.

const kVersion = 15;

const T = {
  version: 0xFF, padding: 0x00, verifyObjectCount: 0x3F, theHole: 0x2D,
  undefined: 0x5F, null: 0x30, true: 0x54, false: 0x46,
  int32: 0x49, uint32: 0x55, double: 0x4E, bigint: 0x5A,
  utf8String: 0x53, oneByteString: 0x22, twoByteString: 0x63,
  objectReference: 0x5E, beginObject: 0x6F, endObject: 0x7B,
  beginSparseArray: 0x61, endSparseArray: 0x40, beginDenseArray: 0x41, endDenseArray: 0x24,
  date: 0x44, trueObject: 0x79, falseObject: 0x78, numberObject: 0x6E, bigintObject: 0x7A,
  stringObject: 0x73, regexp: 0x52, beginMap: 0x3B, endMap: 0x3A, beginSet: 0x27, endSet: 0x2C,
  arrayBuffer: 0x42, arrayBufferView: 0x56, hostObject: 0x5C, error: 0x72,
  sharedArrayBuffer: 0x75,
};

// Error tags inside an error.
const E = { eval: 0x45, range: 0x52, reference: 0x46, syntax: 0x53, type: 0x54, uri: 0x55,
  message: 0x6D, cause: 0x63, stack: 0x73, end: 0x2E };
const errorTags = new Map([[EvalError, E.eval], [RangeError, E.range], [ReferenceError, E.reference],
  [SyntaxError, E.syntax], [TypeError, E.type], [URIError, E.uri]]);

const regexpFlags = [['g', 1], ['i', 2], ['m', 4], ['y', 8], ['u', 16], ['s', 32], ['d', 128], ['v', 256]];

// Views by their class name (a Buffer is a Uint8Array), and back.
const viewSubtags = new Map([['Int8Array', 0x62], ['Uint8Array', 0x42], ['Uint8ClampedArray', 0x43],
  ['Int16Array', 0x77], ['Uint16Array', 0x57], ['Int32Array', 0x64], ['Uint32Array', 0x44],
  ['Float32Array', 0x66], ['Float64Array', 0x46], ['BigInt64Array', 0x71], ['BigUint64Array', 0x51],
  ['DataView', 0x3F]]);

const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;

const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);
const canonicalNaN = [0, 0, 0, 0, 0, 0, 0xF8, 0x7F];

function isInt32(v) {
  return (v | 0) === v && !Object.is(v, -0);
}

function isArrayIndex(key) {
  return /^(?:0|[1-9]\d*)$/.test(key) && +key < 4294967295;
}

function typeName(value) {
  for (let p = Object.getPrototypeOf(value); p !== null; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, 'constructor');
    if (d && typeof d.value === 'function' && d.value.name) return d.value.name;
  }
  return 'Object';
}

function describe(value) {
  if (typeof value === 'function' || typeof value === 'symbol') return String(value);
  return `#<${typeName(value)}>`;
}

const tagOf = (v) => Object.prototype.toString.call(v).slice(8, -1);

class Serializer {
  constructor() {
    this._bytes = new Uint8Array(64);
    this._size = 0;
    this._ids = new Map();
    this._treatViewsAsHostObjects = false;
  }

  _reserve(n) {
    if (this._size + n <= this._bytes.length) return;
    let cap = this._bytes.length * 2;
    while (cap < this._size + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this._bytes.subarray(0, this._size));
    this._bytes = next;
  }

  _byte(b) {
    this._reserve(1);
    this._bytes[this._size++] = b;
  }

  _varint(n) {
    // n is a non-negative integer (BigInt-free): 7 bits a byte.
    do {
      let b = n % 128;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      this._byte(b);
    } while (n > 0);
  }

  _double(d) {
    // One NaN, as V8 writes it (engines differ in the bits they keep).
    f64[0] = d;
    if (Number.isNaN(d)) f64Bytes.set(canonicalNaN);
    this._reserve(8);
    this._bytes.set(f64Bytes, this._size);
    this._size += 8;
  }

  writeHeader() {
    this._byte(T.version);
    this._varint(kVersion);
  }

  writeUint32(n) { this._varint(n >>> 0); }

  writeUint64(hi, lo) { this._varint((hi >>> 0) * 4294967296 + (lo >>> 0)); }

  writeDouble(d) { this._double(+d); }

  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) {
      throw require('internal/errors').invalidArgType('source', ['Buffer', 'TypedArray', 'DataView'], source);
    }
    const bytes = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    this._reserve(bytes.length);
    this._bytes.set(bytes, this._size);
    this._size += bytes.length;
  }

  releaseBuffer() {
    // A buffer of its own, exactly the size written.
    const out = Buffer.from(this._bytes.slice(0, this._size).buffer);
    this._bytes = new Uint8Array(64);
    this._size = 0;
    return out;
  }

  transferArrayBuffer() {
    throw new Error('gocluster: transferring ArrayBuffers is not supported');
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this._treatViewsAsHostObjects = !!flag;
  }

  _getDataCloneError(message) {
    return new Error(message);
  }

  _writeHostObject(object) {
    throw this._getDataCloneError(`Unserializable host object: ${describe(object)}`);
  }

  _fail(value) {
    throw this._getDataCloneError(`${describe(value)} could not be cloned.`);
  }

  writeValue(value) {
    switch (typeof value) {
      case 'undefined': this._byte(T.undefined); break;
      case 'boolean': this._byte(value ? T.true : T.false); break;
      case 'number': this._number(value); break;
      case 'bigint': this._byte(T.bigint); this._bigint(value); break;
      case 'string': this._string(value); break;
      case 'object':
        if (value === null) this._byte(T.null);
        else this._receiver(value);
        break;
      default: this._fail(value);
    }
    return true;
  }

  _number(v) {
    if (isInt32(v)) {
      this._byte(T.int32);
      this._varint(v >= 0 ? v * 2 : -v * 2 - 1);
    } else {
      this._byte(T.double);
      this._double(v);
    }
  }

  _bigint(v) {
    const negative = v < 0n;
    let mag = negative ? -v : v;
    const words = [];
    while (mag > 0n) {
      words.push(mag & 0xFFFFFFFFFFFFFFFFn);
      mag >>= 64n;
    }
    this._varint(words.length * 8 * 2 + (negative ? 1 : 0));
    for (const w of words) {
      let x = w;
      for (let i = 0; i < 8; i++) {
        this._byte(Number(x & 0xFFn));
        x >>= 8n;
      }
    }
  }

  _string(s) {
    let oneByte = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0xFF) {
        oneByte = false;
        break;
      }
    }
    if (oneByte) {
      this._byte(T.oneByteString);
      this._varint(s.length);
      this._reserve(s.length);
      for (let i = 0; i < s.length; i++) this._bytes[this._size++] = s.charCodeAt(i);
      return;
    }
    const byteLength = s.length * 2;
    // The characters start on an even offset: pad before the tag if not.
    if ((this._size + 1 + varintSize(byteLength)) & 1) this._byte(T.padding);
    this._byte(T.twoByteString);
    this._varint(byteLength);
    this._reserve(byteLength);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this._bytes[this._size++] = c & 0xFF;
      this._bytes[this._size++] = c >> 8;
    }
  }

  _key(key) {
    if (isArrayIndex(key)) this._number(+key);
    else this._string(key);
  }

  _receiver(value) {
    const id = this._ids.get(value);
    if (id !== undefined) {
      this._byte(T.objectReference);
      this._varint(id);
      return;
    }
    if (ArrayBuffer.isView(value)) {
      // V8 writes a view's buffer before it numbers the view.
      this._view(value);
      return;
    }
    this._ids.set(value, this._ids.size);
    if (typeof value === 'function') this._fail(value);
    if (Array.isArray(value)) {
      this._array(value);
      return;
    }
    switch (tagOf(value)) {
      case 'Date': this._byte(T.date); this._double(value.getTime()); return;
      case 'RegExp': {
        this._byte(T.regexp);
        this._string(value.source);
        let flags = 0;
        for (const [c, bit] of regexpFlags) if (value.flags.includes(c)) flags |= bit;
        this._varint(flags);
        return;
      }
      case 'Map':
        this._byte(T.beginMap);
        for (const [k, v] of Map.prototype.entries.call(value)) {
          this.writeValue(k);
          this.writeValue(v);
        }
        this._byte(T.endMap);
        this._varint(Reflect.apply(mapSize, value, []) * 2);
        return;
      case 'Set':
        this._byte(T.beginSet);
        for (const v of Set.prototype.values.call(value)) this.writeValue(v);
        this._byte(T.endSet);
        this._varint(Reflect.apply(setSize, value, []));
        return;
      case 'ArrayBuffer': {
        const bytes = new Uint8Array(value);
        this._byte(T.arrayBuffer);
        this._varint(bytes.length);
        this.writeRawBytes(bytes);
        return;
      }
      case 'Boolean': this._byte(Boolean.prototype.valueOf.call(value) ? T.trueObject : T.falseObject); return;
      case 'Number': this._byte(T.numberObject); this._double(Number.prototype.valueOf.call(value)); return;
      case 'BigInt': this._byte(T.bigintObject); this._bigint(BigInt.prototype.valueOf.call(value)); return;
      case 'String': this._byte(T.stringObject); this._string(String.prototype.valueOf.call(value)); return;
      case 'Error': this._error(value); return;
      case 'SharedArrayBuffer': {
        // Shared out of band, as V8's: the serializer's owner names an id
        // (node's default _getSharedArrayBufferId refuses, as here).
        if (typeof this._getSharedArrayBufferId !== 'function') this._fail(value);
        const id = this._getSharedArrayBufferId(value);
        this._byte(T.sharedArrayBuffer);
        this._varint(id);
        return;
      }
      case 'Object':
      case 'Arguments':
        break;
      default:
        // WeakMap, Promise, Proxy of a function and the like.
        if (Object.getPrototypeOf(value) !== Object.prototype && tagOf(value) !== 'Object') this._fail(value);
    }
    this._byte(T.beginObject);
    let count = 0;
    for (const key of Object.keys(value)) {
      this._key(key);
      this.writeValue(value[key]);
      count++;
    }
    this._byte(T.endObject);
    this._varint(count);
  }

  _array(arr) {
    const length = arr.length;
    let dense = true;
    let doubles = length > 0;
    for (let i = 0; i < length; i++) {
      if (!Object.prototype.hasOwnProperty.call(arr, i)) {
        dense = false;
        break;
      }
      if (typeof arr[i] !== 'number') doubles = false;
    }
    // A packed array of numbers is a double array when one of them is not
    // a small integer.
    doubles = dense && doubles && arr.some((v) => !isInt32(v));
    const extra = Object.keys(arr).filter((k) => !isArrayIndex(k) || !dense);
    if (dense) {
      this._byte(T.beginDenseArray);
      this._varint(length);
      for (let i = 0; i < length; i++) {
        if (doubles) {
          this._byte(T.double);
          this._double(arr[i]);
        } else {
          this.writeValue(arr[i]);
        }
      }
    } else {
      this._byte(T.beginSparseArray);
      this._varint(length);
    }
    for (const key of extra) {
      this._key(key);
      this.writeValue(arr[key]);
    }
    this._byte(dense ? T.endDenseArray : T.endSparseArray);
    this._varint(extra.length);
    this._varint(length);
  }

  _view(view) {
    if (this._treatViewsAsHostObjects) {
      this._ids.set(view, this._ids.size);
      this._byte(T.hostObject);
      this._writeHostObject(view);
      return;
    }
    const buffer = view.buffer;
    this._receiver(buffer);
    this._ids.set(view, this._ids.size);
    this._byte(T.arrayBufferView);
    this._byte(viewSubtags.get(tagOf(view)));
    this._varint(view.byteOffset);
    this._varint(view.byteLength);
    this._varint(0);
  }

  _error(err) {
    this._byte(T.error);
    for (let p = Object.getPrototypeOf(err); p !== null; p = Object.getPrototypeOf(p)) {
      const tag = errorTags.get(p.constructor);
      if (tag !== undefined) {
        this._byte(tag);
        break;
      }
      if (p === Error.prototype) break;
    }
    const message = Object.getOwnPropertyDescriptor(err, 'message');
    if (message && 'value' in message) {
      this._byte(E.message);
      this._string(String(message.value));
    }
    const cause = Object.getOwnPropertyDescriptor(err, 'cause');
    if (cause && 'value' in cause) {
      this._byte(E.cause);
      this.writeValue(cause.value);
    }
    const stack = err.stack;
    if (typeof stack === 'string') {
      this._byte(E.stack);
      this._string(stack);
    }
    this._byte(E.end);
  }
}

function varintSize(n) {
  let size = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

module.exports = { Serializer, T, E, errorTags, regexpFlags, viewSubtags, kVersion };

const viewClasses = {
  0x62: Int8Array, 0x42: Uint8Array, 0x43: Uint8ClampedArray, 0x77: Int16Array, 0x57: Uint16Array,
  0x64: Int32Array, 0x44: Uint32Array, 0x66: Float32Array, 0x46: Float64Array, 0x71: BigInt64Array,
  0x51: BigUint64Array, 0x3F: DataView,
};
const errorClasses = { [E.eval]: EvalError, [E.range]: RangeError, [E.reference]: ReferenceError,
  [E.syntax]: SyntaxError, [E.type]: TypeError, [E.uri]: URIError };

function dataError() {
  return new Error('Unable to deserialize cloned data.');
}

class Deserializer {
  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      throw require('internal/errors').invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this.buffer = buffer;
    this._bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    this._pos = 0;
    this._version = 0;
    this._objects = [];
  }

  readHeader() {
    if (this._bytes[this._pos] === T.version) {
      this._pos++;
      this._version = this._varint();
      if (this._version > kVersion) throw new Error(`Unable to deserialize cloned data due to invalid or unsupported version.`);
    }
    return true;
  }

  getWireFormatVersion() { return this._version; }

  _need(n) {
    if (this._pos + n > this._bytes.length) throw dataError();
  }

  _byte() {
    this._need(1);
    return this._bytes[this._pos++];
  }

  _varint() {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this._byte();
      n += (b & 0x7F) * scale;
      if (b < 0x80) return n;
      scale *= 128;
    }
  }

  _double() {
    this._need(8);
    f64Bytes.set(this._bytes.subarray(this._pos, this._pos + 8));
    this._pos += 8;
    return f64[0];
  }

  readUint32() { return this._varint() >>> 0; }

  readUint64() {
    const n = this._varint();
    return [Math.floor(n / 4294967296) >>> 0, n >>> 0];
  }

  readDouble() { return this._double(); }

  _readRawBytes(length) {
    this._need(length);
    const offset = this._pos;
    this._pos += length;
    return offset;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return Buffer.from(this._bytes.buffer, this._bytes.byteOffset + offset, length);
  }

  transferArrayBuffer() {
    throw new Error('gocluster: transferring ArrayBuffers is not supported');
  }

  _readHostObject() {
    throw dataError();
  }

  _tag() {
    let t;
    do t = this._byte(); while (t === T.padding);
    return t;
  }

  readValue() {
    return this._value(this._tag());
  }

  _remember(obj) {
    this._objects.push(obj);
    return obj;
  }

  _value(tag) {
    switch (tag) {
      case T.undefined: return undefined;
      case T.null: return null;
      case T.true: return true;
      case T.false: return false;
      case T.int32: {
        const z = this._varint();
        return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      }
      case T.uint32: return this._varint();
      case T.double: return this._double();
      case T.bigint: return this._bigint();
      case T.oneByteString: return this._oneByte();
      case T.twoByteString: return this._twoByte();
      case T.utf8String: {
        const n = this._varint();
        const at = this._readRawBytes(n);
        return Buffer.from(this._bytes.buffer, this._bytes.byteOffset + at, n).toString('utf8');
      }
      case T.objectReference: {
        const id = this._varint();
        if (id >= this._objects.length) throw dataError();
        const obj = this._objects[id];
        // Another view of a buffer already read.
        if (this._bytes[this._pos] === T.arrayBufferView &&
            (obj instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && obj instanceof SharedArrayBuffer))) {
          this._pos++;
          return this._arrayBufferView(obj);
        }
        return obj;
      }
      case T.beginObject: {
        const obj = this._remember({});
        this._properties(obj, T.endObject);
        this._varint();
        return obj;
      }
      case T.beginDenseArray: {
        const length = this._varint();
        const arr = this._remember(new Array(length));
        for (let i = 0; i < length; i++) {
          const t = this._tag();
          if (t !== T.theHole) arr[i] = this._value(t);
        }
        this._properties(arr, T.endDenseArray);
        this._varint();
        this._varint();
        return arr;
      }
      case T.beginSparseArray: {
        const arr = this._remember(new Array(this._varint()));
        this._properties(arr, T.endSparseArray);
        this._varint();
        this._varint();
        return arr;
      }
      case T.date: return this._remember(new Date(this._double()));
      case T.trueObject: return this._remember(Object(true));
      case T.falseObject: return this._remember(Object(false));
      case T.numberObject: return this._remember(Object(this._double()));
      case T.bigintObject: return this._remember(Object(this._bigint()));
      case T.stringObject: return this._remember(Object(this._stringValue()));
      case T.regexp: {
        const id = this._objects.push(null) - 1;
        const source = this._stringValue();
        const bits = this._varint();
        let flags = '';
        for (const [c, bit] of regexpFlags) if (bits & bit) flags += c;
        return (this._objects[id] = new RegExp(source, flags));
      }
      case T.beginMap: {
        const map = this._remember(new Map());
        for (let t = this._tag(); t !== T.endMap; t = this._tag()) map.set(this._value(t), this.readValue());
        this._varint();
        return map;
      }
      case T.beginSet: {
        const set = this._remember(new Set());
        for (let t = this._tag(); t !== T.endSet; t = this._tag()) set.add(this._value(t));
        this._varint();
        return set;
      }
      case T.arrayBuffer: {
        const n = this._varint();
        const at = this._readRawBytes(n);
        const ab = this._remember(new ArrayBuffer(n));
        new Uint8Array(ab).set(this._bytes.subarray(at, at + n));
        // A view of it may follow.
        if (this._bytes[this._pos] === T.arrayBufferView) {
          this._pos++;
          return this._arrayBufferView(ab);
        }
        return ab;
      }
      case T.sharedArrayBuffer: {
        // _shared: what worker_threads passed along with the bytes; node's
        // public Deserializer cannot read this tag either.
        const sab = this._shared === undefined ? undefined : this._shared[this._varint()];
        if (sab === undefined) throw dataError();
        this._remember(sab);
        if (this._bytes[this._pos] === T.arrayBufferView) {
          this._pos++;
          return this._arrayBufferView(sab);
        }
        return sab;
      }
      case T.hostObject: {
        const id = this._objects.push(null) - 1;
        return (this._objects[id] = this._readHostObject());
      }
      case T.error: return this._error();
      default: throw dataError();
    }
  }

  _arrayBufferView(ab) {
    const Class = viewClasses[this._byte()];
    const offset = this._varint();
    const length = this._varint();
    if (this._version >= 14) this._varint(); // flags
    if (!Class) throw dataError();
    const per = Class.BYTES_PER_ELEMENT || 1;
    return this._remember(new Class(ab, offset, length / per));
  }

  _properties(obj, endTag) {
    for (let t = this._tag(); t !== endTag; t = this._tag()) {
      const key = this._value(t);
      obj[key] = this.readValue();
    }
  }

  _stringValue() {
    const v = this.readValue();
    if (typeof v !== 'string') throw dataError();
    return v;
  }

  _oneByte() {
    const n = this._varint();
    const at = this._readRawBytes(n);
    let s = '';
    for (let i = 0; i < n; i += 8192) {
      s += String.fromCharCode.apply(null, this._bytes.subarray(at + i, at + Math.min(n, i + 8192)));
    }
    return s;
  }

  _twoByte() {
    const n = this._varint();
    const at = this._readRawBytes(n);
    let s = '';
    for (let i = 0; i < n; i += 2) s += String.fromCharCode(this._bytes[at + i] | (this._bytes[at + i + 1] << 8));
    return s;
  }

  _bigint() {
    const bits = this._varint();
    const negative = bits & 1;
    const n = Math.floor(bits / 2);
    const at = this._readRawBytes(n);
    let v = 0n;
    for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(this._bytes[at + i]);
    return negative ? -v : v;
  }

  _error() {
    const id = this._objects.push(null) - 1;
    let Class = Error;
    let message;
    let hasCause = false;
    let cause;
    let stack;
    for (let t = this._byte(); t !== E.end; t = this._byte()) {
      if (errorClasses[t]) Class = errorClasses[t];
      else if (t === E.message) message = this._stringValue();
      else if (t === E.stack) stack = this._stringValue();
      else if (t === E.cause) {
        hasCause = true;
        cause = this.readValue();
      } else throw dataError();
    }
    const err = message === undefined ? new Class() : new Class(message);
    if (hasCause) Object.defineProperty(err, 'cause', { value: cause, writable: true, enumerable: false, configurable: true });
    if (stack !== undefined) Object.defineProperty(err, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
    return (this._objects[id] = err);
  }
}

module.exports.Deserializer = Deserializer;
