'use strict';
// util.types. Predicates that need to see engine internals (the kind of a
// function, promise or iterator, proxies, boxed primitives) come from the
// binding; the typed-array family is answered in JS through the standard
// %TypedArray%.prototype[@@toStringTag] getter, which never throws.

const raw = binding.types;

const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const tagOf = Object.getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;

function isTypedArray(value) {
  return tagOf.call(value) !== undefined;
}

function isUint8Array(value) { return tagOf.call(value) === 'Uint8Array'; }
function isUint8ClampedArray(value) { return tagOf.call(value) === 'Uint8ClampedArray'; }
function isUint16Array(value) { return tagOf.call(value) === 'Uint16Array'; }
function isUint32Array(value) { return tagOf.call(value) === 'Uint32Array'; }
function isInt8Array(value) { return tagOf.call(value) === 'Int8Array'; }
function isInt16Array(value) { return tagOf.call(value) === 'Int16Array'; }
function isInt32Array(value) { return tagOf.call(value) === 'Int32Array'; }
function isFloat32Array(value) { return tagOf.call(value) === 'Float32Array'; }
function isFloat64Array(value) { return tagOf.call(value) === 'Float64Array'; }
function isBigInt64Array(value) { return tagOf.call(value) === 'BigInt64Array'; }
function isBigUint64Array(value) { return tagOf.call(value) === 'BigUint64Array'; }

// Node's property order.
const fromBinding = [
  'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject',
  'isNumberObject', 'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp',
  'isAsyncFunction', 'isGeneratorFunction', 'isGeneratorObject', 'isPromise', 'isMap',
  'isSet', 'isMapIterator', 'isSetIterator', 'isWeakMap', 'isWeakSet', 'isArrayBuffer',
  'isDataView', 'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject',
  'isAnyArrayBuffer', 'isBoxedPrimitive',
];
for (const name of fromBinding) exports[name] = raw[name];

Object.assign(exports, {
  isArrayBufferView: ArrayBuffer.isView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
});

// Node defines these two as methods named `value`. No crypto key classes
// exist here unless the crypto module registers them through binding.types.
Object.defineProperties(exports, {
  isKeyObject: {
    configurable: false,
    enumerable: true,
    value(obj) {
      return typeof raw.isKeyObject === 'function' ? raw.isKeyObject(obj) : false;
    },
  },
  isCryptoKey: {
    configurable: false,
    enumerable: true,
    value(obj) {
      return typeof raw.isCryptoKey === 'function' ? raw.isCryptoKey(obj) : false;
    },
  },
});
