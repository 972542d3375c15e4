'use strict';
// require('v8'): the serializer API (Serializer, Deserializer, their
// Default* forms and serialize/deserialize) in V8's wire format. Node's
// defaults write Buffers and typed arrays as host objects: a type index,
// the byte length and the bytes of the view alone.

const { Serializer, Deserializer } = require('internal/v8/serdes');

// The type index of a view in a host object, as Node numbers them.
const viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array];
const kBufferIndex = 10;

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    let index = kBufferIndex;
    if (!Buffer.isBuffer(view)) {
      index = viewTypes.indexOf(view.constructor);
      if (index === -1) {
        // A subclass: the nearest class Node knows.
        for (let p = Object.getPrototypeOf(view); p !== null; p = Object.getPrototypeOf(p)) {
          index = viewTypes.indexOf(p.constructor);
          if (index !== -1) break;
        }
      }
    }
    this.writeUint32(index);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const index = this.readUint32();
    const Class = viewTypes[index];
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const per = Class.BYTES_PER_ELEMENT || 1;
    const start = this.buffer.byteOffset + offset;
    if (Class === Buffer) return Buffer.from(this.buffer.buffer, start, byteLength);
    if (start % per === 0) return new Class(this.buffer.buffer, start, byteLength / per);
    // Unaligned: a copy.
    const copy = new Uint8Array(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, start, byteLength));
    return new Class(copy.buffer, 0, byteLength / per);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

module.exports = {
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  serialize,
  deserialize,
};
