'use strict';
// The WHATWG URL class and the url module's exports. Runs after
// search_params.js in one module body; binding is the Go parser.

const HREF = 0;
const ORIGIN = 1;
const PROTOCOL = 2;
const USERNAME = 3;
const PASSWORD = 4;
const HOST = 5;
const HOSTNAME = 6;
const PORT = 7;
const PATHNAME = 8;
const SEARCH = 9;
const HASH = 10;

function invalidURL(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

// The messages V8 gives for Node's URL members on a foreign receiver.
const RECEIVER = 'Receiver must be an instance of class URL';
const privateMember = (name) => `Cannot read private member #${name} from an object whose class did not declare it`;

function badReceiver(message = privateMember('context')) {
  return new TypeError(message);
}

let isURLInstance;

class URL {
  #c;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const c = binding.parse(input, base);
    if (c === undefined) throw invalidURL(input, base);
    this.#c = c;
  }

  static {
    isURLInstance = (v) => v !== null && typeof v === 'object' && #c in v;
    urlSetSearch = (url, query) => {
      const c = binding.update(url.#c[HREF], 'search', query);
      if (c !== undefined) url.#c = c;
    };
  }

  static #read(self, i, message) {
    if (self === null || typeof self !== 'object' || !(#c in self)) throw badReceiver(message);
    return self.#c[i];
  }

  static #write(self, name, value) {
    if (self === null || typeof self !== 'object' || !(#c in self)) throw badReceiver();
    self.#set(name, value);
  }

  #set(name, value) {
    const c = binding.update(this.#c[HREF], name, `${value}`);
    if (c === undefined) return;
    this.#c = c;
    if (name === 'search' && this.#searchParams !== null) paramsReset(this.#searchParams, c[SEARCH].slice(1));
  }

  toString() {
    return URL.#read(this, HREF, RECEIVER);
  }

  get href() {
    return URL.#read(this, HREF, RECEIVER);
  }

  set href(value) {
    if (this === null || typeof this !== 'object' || !(#c in this)) throw badReceiver();
    value = `${value}`;
    const c = binding.parse(value, undefined);
    if (c === undefined) throw invalidURL(value);
    this.#c = c;
    if (this.#searchParams !== null) paramsReset(this.#searchParams, c[SEARCH].slice(1));
  }

  get origin() {
    return URL.#read(this, ORIGIN);
  }

  get protocol() {
    return URL.#read(this, PROTOCOL);
  }

  set protocol(value) {
    URL.#write(this, 'protocol', value);
  }

  get username() {
    return URL.#read(this, USERNAME);
  }

  set username(value) {
    URL.#write(this, 'username', value);
  }

  get password() {
    return URL.#read(this, PASSWORD);
  }

  set password(value) {
    URL.#write(this, 'password', value);
  }

  get host() {
    return URL.#read(this, HOST);
  }

  set host(value) {
    URL.#write(this, 'host', value);
  }

  get hostname() {
    return URL.#read(this, HOSTNAME);
  }

  set hostname(value) {
    URL.#write(this, 'hostname', value);
  }

  get port() {
    return URL.#read(this, PORT);
  }

  set port(value) {
    URL.#write(this, 'port', value);
  }

  get pathname() {
    return URL.#read(this, PATHNAME);
  }

  set pathname(value) {
    URL.#write(this, 'pathname', value);
  }

  get search() {
    return URL.#read(this, SEARCH, RECEIVER);
  }

  set search(value) {
    URL.#write(this, 'search', value);
  }

  get searchParams() {
    if (this === null || typeof this !== 'object' || !(#c in this)) throw badReceiver(privateMember('searchParams'));
    if (this.#searchParams === null) {
      this.#searchParams = new URLSearchParams(this.#c[SEARCH]);
      paramsAttach(this.#searchParams, this);
    }
    return this.#searchParams;
  }

  get hash() {
    return URL.#read(this, HASH);
  }

  set hash(value) {
    URL.#write(this, 'hash', value);
  }

  toJSON() {
    return URL.#read(this, HREF, RECEIVER);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    return binding.parse(url, base) !== undefined;
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    if (binding.parse(url, base) === undefined) return null;
    return new URL(url, base);
  }

  static createObjectURL(obj) {
    const { Blob } = require('buffer');
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
      throw invalidArgType('obj', 'Blob', obj);
    }
    const id = `blob:nodedata:${randomUUID()}`;
    blobURLs.set(id, obj);
    return id;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw missingArgs('url');
    blobURLs.delete(`${url}`);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect = require('util').inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    return `${this.constructor.name} ${inspect(obj, options)}`;
  }
}

// Node makes the accessors and methods enumerable.
for (const key of Object.getOwnPropertyNames(URL.prototype)) {
  if (key === 'constructor') continue;
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(URL.prototype, key, desc);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

const blobURLs = new Map();

function randomUUID() {
  const hex = [];
  for (let i = 0; i < 16; i++) hex.push(Math.floor(Math.random() * 256));
  hex[6] = (hex[6] & 0x0f) | 0x40;
  hex[8] = (hex[8] & 0x3f) | 0x80;
  const h = hex.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// Node's duck test for a URL object (legacy Url objects have auth/path).
function isURL(v) {
  return Boolean(v !== null && typeof v === 'object' && v.href && v.protocol && v.auth === undefined && v.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  return binding.domainToUnicode(`${domain}`);
}

function fileURLToPath(path, options = undefined) {
  const windows = options != null && options.windows !== undefined ? Boolean(options.windows) : false;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw invalidArgType('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  return windows ? windowsPathFromURL(path) : posixPathFromURL(path);
}

function hasEncodedSlash(pathname, backslashToo) {
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname[i] !== '%') continue;
    const third = pathname[i + 2].toLowerCase();
    if ((pathname[i + 1] === '2' && third === 'f') || (backslashToo && pathname[i + 1] === '5' && third === 'c')) return true;
  }
  return false;
}

function posixPathFromURL(url) {
  if (url.hostname !== '') {
    throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${process.platform}`);
  }
  const pathname = url.pathname;
  if (hasEncodedSlash(pathname, false)) {
    throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function windowsPathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncodedSlash(pathname, true)) {
    throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must be absolute');
  }
  return pathname.slice(1);
}

// Characters a file path may hold that would change a URL's meaning.
function encodePathChars(path, windows) {
  let out = path;
  if (out.includes('%')) out = out.replace(/%/g, '%25');
  if (!windows && out.includes('\\')) out = out.replace(/\\/g, '%5C');
  if (out.includes('\n')) out = out.replace(/\n/g, '%0A');
  if (out.includes('\r')) out = out.replace(/\r/g, '%0D');
  if (out.includes('\t')) out = out.replace(/\t/g, '%09');
  // As node 20's: what its URL parser would keep as it is in a path.
  if (!windows && /[[\]^|~]/.test(out)) {
    out = out.replace(/[[\]^|~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  return out;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options != null && options.windows !== undefined ? Boolean(options.windows) : false;
  const path = require('path');
  if (windows && typeof filepath === 'string' && filepath.startsWith('\\\\')) {
    // UNC: \\server\share\file becomes file://server/share/file.
    const outURL = new URL('file://');
    const slash = filepath.indexOf('\\', 2);
    if (slash === -1) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The argument 'path' must be a valid UNC path. Received ${require('util').inspect(filepath)}`);
    }
    const host = filepath.slice(2, slash);
    if (host === '') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The argument 'path' must be a valid UNC path. Received ${require('util').inspect(filepath)}`);
    }
    outURL.hostname = domainToASCII(host);
    outURL.pathname = encodePathChars(filepath.slice(slash).replace(/\\/g, '/'), true);
    return outURL;
  }
  if (typeof filepath !== 'string') throw invalidArgType('path', 'string', filepath);
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  const last = filepath[filepath.length - 1];
  const sep = windows ? '\\' : '/';
  if ((last === '/' || (windows && last === '\\')) && resolved[resolved.length - 1] !== sep) resolved += '/';
  if (windows) resolved = resolved.replace(/\\/g, '/');
  const outURL = new URL('file://');
  outURL.pathname = encodePathChars(resolved, windows);
  return outURL;
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

// --- legacy API -------------------------------------------------------------
// Url and its methods are small wrappers: the implementation (legacy.js)
// loads on first use. Names and lengths are those of Node's functions.

let legacyImpl;
const legacy = () => (legacyImpl ||= binding.loadPart('legacy')(Url, urlParse, isURLInstance));

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  return legacy().parse.call(this, url, parseQueryString, slashesDenoteHost);
};

Url.prototype.format = function format() {
  return legacy().format.call(this);
};

function urlFormat(urlObject, options) {
  return legacy().urlFormat(urlObject, options);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return legacy().resolve.call(this, relative);
};

Url.prototype.resolveObject = function resolveObject(relative) {
  return legacy().resolveObject.call(this, relative);
};

Url.prototype.parseHost = function parseHost() {
  return legacy().parseHost.call(this);
};

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
