'use strict';
// structuredClone: the HTML structured clone algorithm as V8's serializer
// applies it, including its DataCloneError messages.

const { nodeError } = require('internal/errors');
const { DOMException } = binding.parts.domexception;

let types;
const utilTypes = () => (types ||= require('util').types);

const errorKinds = ['EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];

function cannotClone(value) {
  let shown;
  if (typeof value === 'function') {
    shown = Function.prototype.toString.call(value);
  } else if (typeof value === 'symbol') {
    shown = value.toString();
  } else {
    let name = 'Object';
    try {
      const tag = value[Symbol.toStringTag];
      const ctor = value.constructor;
      name = typeof tag === 'string' ? tag : (typeof ctor === 'function' && ctor.name) || 'Object';
    } catch {
      // Keep the plain name.
    }
    shown = `#<${name}>`;
  }
  return new DOMException(`${shown} could not be cloned.`, 'DataCloneError');
}

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

function cloneError(value) {
  const name = value.name;
  const kind = errorKinds.includes(name) ? name : 'Error';
  const out = new globalThis[kind]();
  const def = (key, v) => Object.defineProperty(out, key, { value: v, writable: true, enumerable: false, configurable: true });
  const stack = value.stack;
  if (typeof stack === 'string') def('stack', stack);
  else delete out.stack;
  const desc = Object.getOwnPropertyDescriptor(value, 'message');
  if (desc && 'value' in desc) def('message', `${desc.value}`);
  return [out, (walk) => {
    if (hasOwn(value, 'cause')) def('cause', walk(value.cause));
  }];
}

function structuredCloneImpl(value, transferList) {
  const seen = new Map();
  const buffers = new Map();
  const t = utilTypes();

  function cloneBuffer(ab) {
    let copy = buffers.get(ab);
    if (copy === undefined) {
      // A SharedArrayBuffer's clone shares its memory, as node's does.
      copy = utilTypes().isSharedArrayBuffer(ab) ? require('internal/shared_array_buffer').share(ab) : ab.slice(0);
      buffers.set(ab, copy);
    }
    return copy;
  }

  function walk(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function' && typeof v !== 'symbol')) return v;
    if (typeof v === 'function' || typeof v === 'symbol') throw cannotClone(v);
    if (seen.has(v)) return seen.get(v);
    // process.env is a Proxy here but a plain object with interceptors in
    // node, which clones it as one.
    if (binding.isProxy(v) && v !== process.env) throw cannotClone(v);
    let out;
    if (Array.isArray(v)) {
      out = new Array(v.length);
      seen.set(v, out);
      for (const key of Object.keys(v)) out[key] = walk(v[key]);
      return out;
    }
    if (t.isDate(v)) out = new Date(v.getTime());
    else if (t.isRegExp(v)) out = new RegExp(v.source, v.flags);
    else if (t.isBoxedPrimitive(v)) {
      if (t.isSymbolObject(v)) throw cannotClone(v.valueOf());
      out = Object(v.valueOf());
    } else if (t.isAnyArrayBuffer(v)) {
      out = cloneBuffer(v);
    } else if (ArrayBuffer.isView(v)) {
      const buf = cloneBuffer(v.buffer);
      if (t.isDataView(v)) out = new DataView(buf, v.byteOffset, v.byteLength);
      else {
        // The intrinsic kind, so a Buffer comes back as a Uint8Array.
        const Ctor = globalThis[Object.getOwnPropertyDescriptor(
          Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get.call(v)];
        out = new Ctor(buf, v.byteOffset, v.length);
      }
    } else if (t.isMap(v)) {
      out = new Map();
      seen.set(v, out);
      for (const [k, val] of v) out.set(walk(k), walk(val));
      return out;
    } else if (t.isSet(v)) {
      out = new Set();
      seen.set(v, out);
      for (const k of v) out.add(walk(k));
      return out;
    } else if (t.isNativeError(v) || v instanceof Error) {
      if (v instanceof DOMException) {
        out = {};
      } else {
        const [err, finish] = cloneError(v);
        seen.set(v, err);
        finish(walk);
        return err;
      }
    } else if (isBlob(v)) {
      const { Blob } = require('buffer');
      out = new Blob([v], { type: v.type });
    } else if (t.isPromise(v) || t.isWeakMap(v) || t.isWeakSet(v) || t.isMapIterator(v) ||
               t.isSetIterator(v) || t.isGeneratorObject(v) || t.isModuleNamespaceObject(v)) {
      throw cannotClone(v);
    } else {
      out = {};
      seen.set(v, out);
      for (const key of Object.keys(v)) out[key] = walk(v[key]);
      return out;
    }
    seen.set(v, out);
    return out;
  }

  const result = walk(value);
  for (const ab of transferList) binding.detach(ab);
  return result;
}

function isBlob(v) {
  const { Blob } = require('buffer');
  return v instanceof Blob;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  }
  const transfer = [];
  if (options !== undefined && options.transfer !== undefined) {
    const list = options.transfer;
    if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
    }
    for (const item of list) {
      if (!utilTypes().isArrayBuffer(item)) {
        throw nodeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
      }
      transfer.push(item);
    }
  }
  return structuredCloneImpl(value, transfer);
}

module.exports = { structuredClone };
