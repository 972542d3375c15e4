'use strict';
// URLSearchParams. Runs in the url module body, before url.js (the Go side
// concatenates the files); binding is the Go side.

const { nodeError, invalidArgType, missingArgs, invalidThis, describeReceived } = require('internal/errors');

// Lone surrogates become U+FFFD, as WebIDL's USVString conversion asks.
function toUSVString(value) {
  const str = `${value}`;
  if (!/[\uD800-\uDFFF]/.test(str)) return str;
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        out += str[i] + str[i + 1];
        i++;
        continue;
      }
    }
    out += c >= 0xD800 && c <= 0xDFFF ? '\uFFFD' : str[i];
  }
  return out;
}

// Parses application/x-www-form-urlencoded into a flat [name, value, ...].
function parseForm(input) {
  const list = [];
  for (const pair of input.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    const value = eq === -1 ? '' : pair.slice(eq + 1);
    list.push(decodeForm(name), decodeForm(value));
  }
  return list;
}

const plainForm = /^[A-Za-z0-9*\-._]*$/;
const needsDecode = /[%+]/;
const decodeForm = (s) => (needsDecode.test(s) ? binding.decodeForm(s) : s);
const encodeForm = (s) => (plainForm.test(s) ? s : binding.encodeForm(s));

const kIterator = Symbol('URLSearchParams iterator state');
// Set by url.js: writes a URL's query when its params change.
let urlSetSearch;
// Reach into a URLSearchParams from the URL class and the iterators.
let paramsList;
let paramsReset;
let paramsAttach;

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      if (#list in init) {
        this.#list = init.#list.slice();
        return;
      }
      const method = init[Symbol.iterator];
      if (method !== undefined && method !== null) {
        if (typeof method !== 'function') {
          throw nodeError(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        }
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw tupleError();
          }
          const kv = Array.from(pair);
          if (kv.length !== 2) throw tupleError();
          this.#list.push(toUSVString(kv[0]), toUSVString(kv[1]));
        }
        return;
      }
      // A record: own enumerable keys; a key that maps to the same string
      // as an earlier one replaces its value in place.
      const seen = new Map();
      for (const key of Reflect.ownKeys(init)) {
        const desc = Reflect.getOwnPropertyDescriptor(init, key);
        if (desc === undefined || !desc.enumerable) continue;
        const name = toUSVString(key);
        const value = toUSVString(init[key]);
        if (seen.has(name)) {
          this.#list[seen.get(name) + 1] = value;
        } else {
          seen.set(name, this.#list.length);
          this.#list.push(name, value);
        }
      }
      return;
    }
    let str = toUSVString(init);
    if (str[0] === '?') str = str.slice(1);
    this.#list = parseForm(str);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#list in self)) throw invalidThis('URLSearchParams');
  }

  static {
    paramsList = (params) => params.#list;
    paramsReset = (params, query) => { params.#list = parseForm(query); };
    paramsAttach = (params, url) => { params.#url = url; };
  }

  #update() {
    if (this.#url !== null) urlSetSearch(this.#url, this.toString());
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    const out = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) {
        i += 2;
      } else if (!found) {
        list[i + 1] = value;
        found = true;
        i += 2;
      } else {
        list.splice(i, 2);
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    URLSearchParams.#check(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable, by UTF-16 code units (which is what < does on strings).
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#list = pairs.flat();
    this.#update();
  }

  entries() {
    URLSearchParams.#check(this);
    return makeIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return makeIterator(this, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return makeIterator(this, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    const list = this.#list;
    let out = '';
    for (let i = 0; i < list.length; i += 2) {
      if (i > 0) out += '&';
      out += `${encodeForm(list[i])}=${encodeForm(list[i + 1])}`;
    }
    return out;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect = require('util').inspect) {
    URLSearchParams.#check(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = { ...options };
    if (depth !== null) inner.depth = depth - 1;
    const list = this.#list;
    const parts = [];
    for (let i = 0; i < list.length; i += 2) {
      parts.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    }
    return braceList(this.constructor.name, parts, options);
  }
}

function tupleError() {
  return nodeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
}

const ansi = /\u001b\[\d\d?m/g;

// "Name { a, b }" on one line when it fits in breakLength, else broken
// after the brace.
function braceList(name, parts, options) {
  if (parts.length === 0) return `${name} {}`;
  const width = parts.reduce((n, p) => n + p.replace(ansi, '').length + 2, -2);
  if (width > options.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
  return `${name} { ${parts.join(', ')} }`;
}

// The iterator walks the live list, as the spec's does.
const IteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    value: function next() {
      const state = this === null || typeof this !== 'object' ? undefined : this[kIterator];
      if (state === undefined) throw invalidThis('URLSearchParamsIterator');
      const list = paramsList(state.target);
      const kind = state.kind;
      if (state.index >= list.length) return { value: undefined, done: true };
      const i = state.index;
      state.index += 2;
      const value = kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] : [list[i], list[i + 1]];
      return { value, done: false };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  [Symbol.for('nodejs.util.inspect.custom')]: {
    value: function inspectIterator(depth, options, inspect = require('util').inspect) {
      const state = this[kIterator];
      if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
      const inner = { ...options };
      if (depth !== null) inner.depth = depth - 1;
      const list = paramsList(state.target);
      const kind = state.kind;
      const parts = [];
      for (let i = state.index; i < list.length; i += 2) {
        const v = kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] : [list[i], list[i + 1]];
        parts.push(inspect(v, inner));
      }
      return braceList('URLSearchParams Iterator', parts, options);
    },
    configurable: true,
    writable: true,
  },
});

function makeIterator(target, kind) {
  const it = Object.create(IteratorPrototype);
  Object.defineProperty(it, kIterator, { value: { target, kind, index: 0 } });
  return it;
}

// Node's methods and accessors are enumerable, unlike plain class members.
for (const key of Object.getOwnPropertyNames(URLSearchParams.prototype)) {
  if (key === 'constructor') continue;
  const desc = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, key, desc);
}
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
