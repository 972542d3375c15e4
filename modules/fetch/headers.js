'use strict';
// internal/fetch: fetch(), Headers, Request and Response as Node's (undici's)
// over require('http') / require('https'). The parts (headers, body,
// request/response, fetch) run as one program, so each sees the others'
// functions.

const { ReadableStream, TransformStream, internals: streamInternals } = require('internal/webstreams');
const { Blob } = require('buffer');
const { URLSearchParams } = require('url');
const { DOMException, AbortSignal } = require('internal/web');

const kHeaders = Symbol('headers list');
const kGuard = Symbol('guard');
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const invalidValueRe = /[\0\r\n]/;

function normalizeValue(value) {
  return String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function byteString(v, context) {
  const s = String(v);
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 255) {
      throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${i} ` +
        `has a value of ${s.charCodeAt(i)} which is greater than 255.`);
    }
  }
  return s;
}

// The header list keeps, per lower-cased name, the first spelling of the
// name (sent on the wire as given) and its values in order.
class HeaderList {
  constructor() { this.map = new Map(); }
  append(name, value) {
    const key = name.toLowerCase();
    const e = this.map.get(key);
    if (e) e.values.push(value);
    else this.map.set(key, { name, values: [value] });
  }
  set(name, value) { this.map.set(name.toLowerCase(), { name, values: [value] }); }
  get(name) {
    const e = this.map.get(name.toLowerCase());
    return e ? joinValues(e) : null;
  }
  has(name) { return this.map.has(name.toLowerCase()); }
  delete(name) { this.map.delete(name.toLowerCase()); }
  clone() {
    const c = new HeaderList();
    for (const [k, e] of this.map) c.map.set(k, { name: e.name, values: e.values.slice() });
    return c;
  }
  // Sorted by name, set-cookie values each on its own, as undici iterates.
  sorted() {
    const out = [];
    for (const key of [...this.map.keys()].sort()) {
      if (key === 'set-cookie') {
        for (const v of this.map.get(key).values) out.push([key, v]);
      } else {
        out.push([key, this.get(key)]);
      }
    }
    return out;
  }
  // [name, value] pairs as sent on the wire (first spelling, combined).
  raw() {
    const out = [];
    for (const e of this.map.values()) out.push([e.name, joinValues(e)]);
    return out;
  }
}

// Repeated cookie headers combine as one cookie string, others as a list.
function joinValues(entry) {
  return entry.values.join(entry.name.toLowerCase() === 'cookie' ? '; ' : ', ');
}

// undici's brand check failure.
function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function checkHeaders(h) {
  if (!(h && h[kHeaders])) throw illegalInvocation();
}

function validateHeader(prefix, name, value) {
  if (!tokenRe.test(name)) throw new TypeError(`${prefix}: "${name}" is an invalid header name.`);
  if (invalidValueRe.test(value)) throw new TypeError(`${prefix}: "${value}" is an invalid header value.`);
}

function checkMutable(h) {
  if (h[kGuard] === 'immutable') throw new TypeError('immutable');
}

function argsRequired(n, prefix, required) {
  if (n < required) {
    throw new TypeError(`${prefix}: ${required} argument${required > 1 ? 's' : ''} required, but${n ? ' only' : ''} ${n} found.`);
  }
}

function fillHeaders(h, init) {
  if (init == null) {
    if (init === null) throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    return;
  }
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (init[kHeaders]) {
    for (const [name, value] of init[kHeaders].sorted()) appendHeader(h, name, value);
  } else if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      const arr = [...pair];
      if (arr.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${arr.length}.`);
      }
      appendHeader(h, byteString(arr[0]), byteString(arr[1]));
    }
  } else {
    for (const key of Reflect.ownKeys(init)) {
      if (typeof key === 'symbol') continue;
      const desc = Reflect.getOwnPropertyDescriptor(init, key);
      if (desc && desc.enumerable) appendHeader(h, byteString(key), byteString(init[key]));
    }
  }
}

function appendHeader(h, name, value) {
  value = normalizeValue(value);
  validateHeader('Headers.append', name, value);
  checkMutable(h);
  h[kHeaders].append(name, value);
}

// The checks of get, has and delete: this, argument count, a valid name.
function nameArgument(h, argc, method, name) {
  checkHeaders(h);
  argsRequired(argc, `Headers.${method}`, 1);
  name = byteString(name);
  if (!tokenRe.test(name)) throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
  return name;
}

// forEach of Headers and FormData: callback(value, name, owner) per pair.
function forEachPair(owner, argc, className, callback, thisArg, pairs) {
  argsRequired(argc, `${className}.forEach`, 1);
  if (typeof callback !== 'function') {
    throw new TypeError(`Failed to execute 'forEach' on '${className}': parameter 1 is not of type 'Function'.`);
  }
  for (const [name, value] of pairs) callback.call(thisArg, value, name, owner);
}

// Pairs shown as an object, a repeated name's values as an array.
function inspectPairs(className, pairs, options, inspect) {
  const obj = {};
  for (const [k, v] of pairs) obj[k] = k in obj ? [].concat(obj[k], v) : v;
  return `${className} ${inspect(obj, options)}`;
}

class Headers {
  constructor(init = undefined) {
    Object.defineProperty(this, kHeaders, { value: new HeaderList() });
    Object.defineProperty(this, kGuard, { value: 'none', writable: true });
    fillHeaders(this, init);
  }
  append(name, value) {
    checkHeaders(this);
    argsRequired(arguments.length, 'Headers.append', 2);
    appendHeader(this, byteString(name), byteString(value));
  }
  set(name, value) {
    checkHeaders(this);
    argsRequired(arguments.length, 'Headers.set', 2);
    name = byteString(name);
    value = normalizeValue(byteString(value));
    validateHeader('Headers.set', name, value);
    checkMutable(this);
    this[kHeaders].set(name, value);
  }
  get(name) {
    name = nameArgument(this, arguments.length, 'get', name);
    return this[kHeaders].get(name);
  }
  has(name) {
    name = nameArgument(this, arguments.length, 'has', name);
    return this[kHeaders].has(name);
  }
  delete(name) {
    name = nameArgument(this, arguments.length, 'delete', name);
    checkMutable(this);
    this[kHeaders].delete(name);
  }
  getSetCookie() {
    checkHeaders(this);
    const e = this[kHeaders].map.get('set-cookie');
    return e ? e.values.slice() : [];
  }
  forEach(callback, thisArg = undefined) {
    checkHeaders(this);
    forEachPair(this, arguments.length, 'Headers', callback, thisArg, this[kHeaders].sorted());
  }
  keys() { checkHeaders(this); return headersIterator(this, 'key'); }
  values() { checkHeaders(this); return headersIterator(this, 'value'); }
  entries() { checkHeaders(this); return headersIterator(this, 'key+value'); }
  [inspectSymbol](depth, options, inspect) {
    return inspectPairs('Headers', this[kHeaders].sorted(), options, inspect);
  }
}
Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

// Iterators over a live list of [key, value] pairs (undici's, re-read on
// each step), for Headers and FormData.
const kIteration = Symbol('iteration');
function makeIteratorPrototype(tag, pairsOf) {
  return Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
    next: {
      value: function next() {
        const st = this[kIteration];
        const list = pairsOf(st.target);
        if (st.index >= list.length) return { value: undefined, done: true };
        const [k, v] = list[st.index++];
        return { value: st.kind === 'key' ? k : st.kind === 'value' ? v : [k, v], done: false };
      },
      writable: true, configurable: true, enumerable: true,
    },
    [Symbol.toStringTag]: { value: tag, configurable: true },
  });
}

function makeIterator(proto, target, kind) {
  const it = Object.create(proto);
  Object.defineProperty(it, kIteration, { value: { target, kind, index: 0 } });
  return it;
}

const HeadersIteratorPrototype = makeIteratorPrototype('Headers Iterator', (h) => h[kHeaders].sorted());
const headersIterator = (target, kind) => makeIterator(HeadersIteratorPrototype, target, kind);

function headersWithGuard(list, guard) {
  const h = Object.create(Headers.prototype);
  Object.defineProperty(h, kHeaders, { value: list });
  Object.defineProperty(h, kGuard, { value: guard, writable: true });
  return h;
}
