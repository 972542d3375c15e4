'use strict';
// TextEncoder (UTF-8) and TextDecoder (the WHATWG encodings); the byte
// work is in the Go binding.

const { nodeError, invalidArgType, describeReceived, markThrowSite } = require('internal/errors');

// Where Node's encoding code throws: its fatal report quotes these lines.
const siteFile = 'node:internal/encoding';
const decodeSite = '        return decodeUTF8(input, this[kIgnoreBOM], this[kFatal]);';

const kEncoder = Symbol('kEncoder');
const kDecoder = Symbol('kDecoder');
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Node's decoder raises these from C++: a code, but no "[CODE]" in the stack.
function nativeTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function invalidThis(type) {
  return nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function checkEncoder(v) {
  if (v == null || typeof v !== 'object' || v[kEncoder] !== true) throw invalidThis('TextEncoder');
}

class TextEncoder {
  constructor() {
    // Own enumerable, as in Node: inspect shows [TextEncoder] past the depth.
    this[kEncoder] = true;
  }

  get encoding() {
    checkEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    checkEncoder(this);
    return new Uint8Array(binding.encodeUTF8(`${input}`));
  }

  encodeInto(src, dest) {
    checkEncoder(this);
    if (typeof src !== 'string') throw invalidArgType('src', 'string', src);
    if (!(dest instanceof Uint8Array)) {
      throw markThrowSite(nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "dest" argument must be an instance of Uint8Array.${describeReceived(dest)}`),
      siteFile, "      throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);", 7);
    }
    const [read, written] = binding.encodeInto(src, dest);
    return { read, written };
  }

  [inspectSymbol](depth, opts) {
    checkEncoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    return require('util').inspect({ encoding: this.encoding }, opts);
  }
}

for (const name of ['encoding', 'encode', 'encodeInto']) {
  const desc = Object.getOwnPropertyDescriptor(TextEncoder.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(TextEncoder.prototype, name, desc);
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

function decoderState(v) {
  const s = v != null && typeof v === 'object' ? v[kDecoder] : undefined;
  if (s === undefined) throw invalidThis('TextDecoder');
  return s;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw invalidArgType('options', 'object', options);
    }
    const name = binding.canonicalEncoding(encoding);
    if (name === '') {
      throw markThrowSite(nodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${encoding}" encoding is not supported`),
        siteFile, '        throw new ERR_ENCODING_NOT_SUPPORTED(encoding);', 9);
    }
    const fatal = Boolean(options?.fatal);
    const ignoreBOM = Boolean(options?.ignoreBOM);
    this[kDecoder] = { name, fatal, ignoreBOM, handle: binding.newDecoder(name, fatal, ignoreBOM) };
  }

  decode(input = undefined, options = {}) {
    const state = decoderState(this);
    if (input !== undefined && !ArrayBuffer.isView(input) && !(input instanceof ArrayBuffer) &&
        Object.prototype.toString.call(input) !== '[object SharedArrayBuffer]') {
      throw markThrowSite(nativeTypeError('ERR_INVALID_ARG_TYPE',
        'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.'),
      siteFile, decodeSite, 16);
    }
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw invalidArgType('options', 'object', options);
    }
    const text = state.handle.decode(input, Boolean(options?.stream));
    if (text === null) {
      throw markThrowSite(nativeTypeError('ERR_ENCODING_INVALID_ENCODED_DATA',
        `The encoded data was not valid for encoding ${state.name}`), siteFile, decodeSite, 16);
    }
    return text;
  }

  get encoding() { return decoderState(this).name; }

  get fatal() { return decoderState(this).fatal; }

  get ignoreBOM() { return decoderState(this).ignoreBOM; }

  [inspectSymbol](depth, opts) {
    const state = decoderState(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const shown = { encoding: state.name, fatal: state.fatal, ignoreBOM: state.ignoreBOM };
    return `${this.constructor.name} ${require('util').inspect(shown)}`;
  }
}

for (const name of ['decode', 'encoding', 'fatal', 'ignoreBOM']) {
  const desc = Object.getOwnPropertyDescriptor(TextDecoder.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(TextDecoder.prototype, name, desc);
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

module.exports = { TextEncoder, TextDecoder };
