'use strict';
// Blob and File: immutable byte sequences kept in memory.

const { nodeError, describeReceived, markThrowSite } = require('internal/errors');
const { util } = binding.shared;

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kParts = Symbol('kParts');
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function mustBe(name, expected, value) {
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be ${expected}.${describeReceived(value)}`);
}

function invalidThis(type) {
  return nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function isBlob(v) {
  return v != null && typeof v === 'object' && v[kBytes] !== undefined;
}

// Printable ASCII types are kept lowercased; anything else becomes ''.
function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

function toBytes(source, endings) {
  if (isBlob(source)) return source[kBytes];
  if (source instanceof ArrayBuffer || Object.prototype.toString.call(source) === '[object SharedArrayBuffer]') {
    return new Uint8Array(source.slice(0));
  }
  if (ArrayBuffer.isView(source)) {
    return new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
  }
  let text = `${source}`;
  if (endings === 'native') text = text.replace(/\r?\n/g, '\n');
  const { Buffer } = require('buffer');
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw markThrowSite(mustBe('sources', 'a sequence', sources), 'node:internal/blob',
        "      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);", 7);
    }
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw mustBe('options', 'a dictionary', options);
    }
    const { type = '', endings = 'transparent' } = options ?? {};
    const ending = `${endings}`;
    if (ending !== 'transparent' && ending !== 'native') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The property 'options.endings' is invalid. Received ${util().inspect(ending)}`);
    }
    // Node reads a blob part by part; the parts shape when reads resolve.
    const partSizes = [];
    const parts = Array.from(sources, (s) => {
      const p = toBytes(s, ending);
      if (isBlob(s)) partSizes.push(...s[kParts]);
      else partSizes.push(p.length);
      return p;
    });
    let size = 0;
    for (const p of parts) size += p.length;
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    // Own enumerable, as in Node: inspect shows [Blob] past the depth.
    this[kBytes] = bytes;
    this[kType] = normalizeType(type);
    this[kParts] = partSizes;
  }

  get type() {
    if (!isBlob(this)) throw invalidThis('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw invalidThis('Blob');
    return this[kBytes].length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw invalidThis('Blob');
    const size = this[kBytes].length;
    if (end === undefined) end = size;
    const clamp = (n) => {
      n = Math.trunc(+n) || 0;
      return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
    };
    const from = clamp(start);
    const to = clamp(end);
    const blob = new Blob([], { type: contentType });
    blob[kBytes] = this[kBytes].slice(from, Math.max(to, from));
    const kept = [];
    let at = 0;
    for (const size of this[kParts]) {
      const lo = Math.max(at, from);
      const hi = Math.min(at + size, to);
      if (hi > lo) kept.push(hi - lo);
      at += size;
    }
    blob[kParts] = kept;
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(invalidThis('Blob'));
    const bytes = this[kBytes];
    // Resolves after as many microtask hops as Node's part-wise reader
    // takes: none when empty, else two per part less one.
    const hops = this[kParts].length === 0 ? 0 : 2 * this[kParts].length - 1;
    if (hops === 0) return Promise.resolve(bytes.slice().buffer);
    let p = Promise.resolve();
    for (let i = 1; i < hops; i++) p = p.then();
    return p.then(() => bytes.slice().buffer);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(invalidThis('Blob'));
    return this.arrayBuffer().then((ab) => require('buffer').Buffer.from(ab).toString('utf8'));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(invalidThis('Blob'));
    return this.arrayBuffer().then((ab) => new Uint8Array(ab));
  }

  stream() {
    if (!isBlob(this)) throw invalidThis('Blob');
    if (typeof ReadableStream !== 'function') {
      throw nodeError(Error, 'ERR_NOT_SUPPORTED', 'Blob.stream() needs ReadableStream');
    }
    const bytes = this[kBytes];
    const parts = this[kParts];
    return new ReadableStream({
      type: 'bytes',
      // One chunk per (non-empty) part, as Node's part-wise reader gives.
      start(controller) {
        let at = 0;
        for (const size of parts) {
          if (size > 0) controller.enqueue(bytes.slice(at, at + size));
          at += size;
        }
        controller.close();
      },
    });
  }

  [inspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${util().inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']) {
  const desc = Object.getOwnPropertyDescriptor(Blob.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(Blob.prototype, name, desc);
}

const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) {
      throw markThrowSite(nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "fileBits" and "fileName" arguments must be specified'),
        'node:internal/file', "      throw new ERR_MISSING_ARGS('fileBits', 'fileName');", 7);
    }
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    Object.defineProperty(this, kName, { value: `${fileName}` });
    Object.defineProperty(this, kLastModified, { value: lastModified });
  }

  get name() {
    if (this == null || this[kName] === undefined) throw invalidThis('File');
    return this[kName];
  }

  get lastModified() {
    if (this == null || this[kName] === undefined) throw invalidThis('File');
    return this[kLastModified];
  }

  [inspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const shown = { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified };
    return `File ${util().inspect(shown, opts)}`;
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });
for (const name of ['name', 'lastModified']) {
  const desc = Object.getOwnPropertyDescriptor(File.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(File.prototype, name, desc);
}

// blob: URLs made by URL.createObjectURL, by id (the part after
// "blob:nodedata:"); resolveObjectURL looks them up.
const objectURLs = new Map();

function resolveObjectURL(url) {
  url = `${url}`;
  const prefix = 'blob:nodedata:';
  if (!url.startsWith(prefix)) return undefined;
  return objectURLs.get(url.slice(prefix.length).split(/[?#]/)[0]);
}

module.exports = { Blob, File, resolveObjectURL, isBlob, objectURLs };
