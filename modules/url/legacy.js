'use strict';
// The legacy url API (url.parse, url.format, url.resolve and the Url
// class), reproducing Node's lenient parser. It loads on first use: url.js
// defines Url, its prototype methods and the exported functions as small
// wrappers that call the implementations this file returns. Calls between
// them go through the public Url.prototype, as they always did.

const { nodeError, invalidArgType, describeReceived } = require('internal/errors');

// Given by url.js (install, below).
let Url;
let urlParse;
let isURLInstance;

const slashedProtocols = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const hostlessProtocols = new Set(['javascript', 'javascript:']);

const protocolRe = /^[a-z0-9.+-]+:/i;
const portRe = /:[0-9]*$/;
const hostWithAuthRe = /^\/\/[^@/]+@[^@/]+/;
const simplePathRe = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenIPv6HostChars = /[\0\t\n\r #%/<>?@\\^|]/;
const maxHostnameLength = 255;

// Characters escaped in the path and query even where encodeURI would not.
const autoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;
const autoEscapeTest = /[\t\n\r "'<>\\^`{|}]/;

// Characters that end the host, or may never appear in one.

// What url.parse trims from both ends: C0 controls, space, NBSP and BOM.
const isWhitespace = (c) => c <= ' ' || c === '\u00a0' || c === '\ufeff';

let warnedInvalidPort = false;

function legacyInvalidURL(input) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  return err;
}

const edgeSpace = /^[\x00-\x20\u00a0\ufeff]+|[\x00-\x20\u00a0\ufeff]+$/g;
const edgeSpaceTest = /^[\x00-\x20\u00a0\ufeff]|[\x00-\x20\u00a0\ufeff]$/;
const fileProtocol = /^file:?$/;
// Literals inside functions are rebuilt on every call in goja: all live here.
const queryOrHash = /[?#]/;
const queriesAndHashes = /[?#]/g;
const hashes = /#/g;
const backslashes = /\\/g;
const tabOrNewline = /[\t\n\r]/;
const tabsAndNewlines = /[\t\n\r]/g;

// Trims whitespace and turns backslashes before the first ? or # into
// slashes; reports whether a # or an @ was seen. Native string methods do
// the scanning: per-character loops are slow on goja.
function preprocess(url) {
  let rest = url;
  if (edgeSpaceTest.test(rest)) rest = rest.replace(edgeSpace, '');
  let split = rest.search(queryOrHash);
  if (split === -1) split = rest.length;
  const hasHash = rest.indexOf('#') !== -1;
  const hasAt = rest.lastIndexOf('@', split - 1) !== -1;
  const head = rest.slice(0, split);
  if (head.indexOf('\\') !== -1) rest = head.replace(backslashes, '/') + rest.slice(split);
  return { rest, hasHash, hasAt };
}

const parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw invalidArgType('url', 'string', url);
  let { rest, hasHash, hasAt } = preprocess(url);

  // A plain path (with perhaps a query) needs no further work.
  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const m = simplePathRe.exec(rest);
    if (m !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = m[1];
      if (m[2]) {
        this.search = m[2];
        this.query = parseQueryString ? require('querystring').parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolRe.exec(rest);
  let lowerProto;
  if (proto !== null) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || hostWithAuthRe.test(rest)) {
    slashes = rest[0] === '/' && rest[1] === '/';
    if (slashes && !(proto && hostlessProtocols.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocols.has(lowerProto) && (slashes || (proto && !slashedProtocols.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!hostlessProtocols.has(lowerProto) && autoEscapeTest.test(rest)) {
    rest = rest.replace(autoEscapeRe, (c) => autoEscape[c]);
  }

  const hash = rest.indexOf('#');
  if (hash !== -1) this.hash = rest.slice(hash);
  let question = rest.indexOf('?');
  if (hash !== -1 && question > hash) question = -1;
  if (question !== -1) {
    const end = hash === -1 ? rest.length : hash;
    this.search = rest.slice(question, end);
    this.query = rest.slice(question + 1, end);
    if (parseQueryString) this.query = require('querystring').parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = question !== -1 && (hash === -1 || question < hash) ? question : hash;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashedProtocols.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Takes auth, host, port and hostname off the front of rest; returns what
// is left.
const hostEnder = /[#/?]/;
const notInHostRe = /[ "%';<>\\^`{|}]/;

function parseAuthority(self, rest, url) {
  let hostEnd = rest.search(hostEnder);
  // Tabs and newlines are dropped from the authority, as the WHATWG parser
  // does.
  const region = hostEnd === -1 ? rest : rest.slice(0, hostEnd);
  if (tabOrNewline.test(region)) {
    const cleaned = region.replace(tabsAndNewlines, '');
    rest = cleaned + (hostEnd === -1 ? '' : rest.slice(hostEnd));
    hostEnd = hostEnd === -1 ? -1 : cleaned.length;
  }
  const end = hostEnd === -1 ? rest.length : hostEnd;
  const at = rest.lastIndexOf('@', end - 1);
  // The host ends at the first character a host cannot hold after the
  // last '@', or where the path starts.
  let nonHost = rest.slice(at + 1, end).search(notInHostRe);
  if (nonHost !== -1) nonHost += at + 1;
  else nonHost = hostEnd;
  let start = 0;
  if (at !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, at));
    start = at + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';
  const hostname = self.hostname;
  const ipv6 = isBracketed(hostname);
  if (!ipv6) rest = splitHostname(self, rest, hostname, url);

  self.hostname = self.hostname.length > maxHostnameLength ? '' : self.hostname.toLowerCase();
  if (self.hostname !== '') {
    if (ipv6) {
      if (forbiddenIPv6HostChars.test(self.hostname)) throw legacyInvalidURL(url);
    } else {
      // IDNA can only make it empty or bring in forbidden characters by
      // mapping: both are refused rather than patched.
      if (!plainHostname.test(self.hostname)) self.hostname = binding.toASCII(self.hostname);
      if (self.hostname === '' || forbiddenHostChars.test(self.hostname)) throw legacyInvalidURL(url);
    }
  }
  self.host = self.hostname + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

// Printable ASCII with no punycode label comes out of IDNA unchanged.
const plainHostname = /^(?!xn--)(?:[\x21-\x7e](?!\.xn--))*$/;

const isBracketed = (h) => h[0] === '[' && h[h.length - 1] === ']';

// A hostname stops at the first / \ # ? or : in it; the remainder moves to
// the front of the path. A ':' there is a bad port, which Node only warns of.
function splitHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname[i];
    if (c === '/' || c === '\\' || c === '#' || c === '?' || c === ':') {
      if (c === ':' && !warnedInvalidPort) {
        warnedInvalidPort = true;
        process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
          'DeprecationWarning', 'DEP0170');
      }
      self.hostname = hostname.slice(0, i);
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

// Percent-encodes the UTF-8 of str except the characters keep matches;
// like querystring.escape, a surrogate takes the next unit as its pair
// unchecked, and only one at the end is an error.
function encodeKeeping(str, keep) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80 && keep.test(str[i])) {
      out += str[i];
      continue;
    }
    let cp = c;
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (i + 1 >= str.length) throw nodeError(URIError, 'ERR_INVALID_URI', 'URI malformed');
      cp = 0x10000 + (((c & 0x3FF) << 10) | (str.charCodeAt(++i) & 0x3FF));
    }
    out += encodeURIComponent(String.fromCodePoint(cp));
  }
  return out;
}

const authKeep = /[A-Za-z0-9!'()*\-._~:]/;

const format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeKeeping(auth, authKeep)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    host = auth + (h.includes(':') && !isBracketed(h) ? `[${h}]` : h);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = require('querystring').stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';
  if (queryOrHash.test(pathname)) pathname = pathname.replace(queriesAndHashes, (c) => (c === '#' ? '%23' : '%3F'));

  // Only slashed protocols get '//' unless the URL had it.
  if (this.slashes || slashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  if (search.indexOf('#') !== -1) search = search.replace(hashes, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "urlObject" argument must be one of type object or string.${describeReceived(urlObject)}`);
  } else if (isURLInstance(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      if (typeof options !== 'object') throw invalidArgType('options', 'object', options);
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return binding.format(urlObject.href, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

const resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

const parseHost = function parseHost() {
  let host = this.host;
  const m = portRe.exec(host);
  if (m !== null) {
    if (m[0] !== ':') this.port = m[0].slice(1);
    host = host.slice(0, host.length - m[0].length);
  }
  if (host) this.hostname = host;
};

function copyInto(target, source, skip) {
  for (const key of Object.keys(source)) {
    if (key !== skip) target[key] = source[key];
  }
}

const setPath = (u) => {
  if (u.pathname !== null || u.search !== null) u.path = (u.pathname || '') + (u.search || '');
};

// Resolves relative against this, as a browser would for an <a href>,
// with the quirks Node has always had for hostless and non-slashed URLs.
function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  copyInto(result, this);
  // The hash always comes from relative, even an empty one.
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // "//host/path" keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    copyInto(result, relative, 'protocol');
    if (slashedProtocols.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // An unknown protocol makes relative absolute as it stands.
    if (!slashedProtocols.has(relative.protocol)) {
      copyInto(result, relative);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !fileProtocol.test(relative.protocol) && !hostlessProtocols.has(relative.protocol)) {
      // "http:foo/bar": the first path segment becomes the host.
      const segs = (relative.pathname || '').split('/');
      while (segs.length && !(relative.host = segs.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segs[0] !== '') segs.unshift('');
      if (segs.length < 2) segs.unshift('');
      result.pathname = segs.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const sourceAbsolute = result.pathname && result.pathname[0] === '/';
  const relAbsolute = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbsolute = relAbsolute || sourceAbsolute || (result.host && relative.pathname);
  const dropAllDots = mustEndAbsolute;
  let path = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const hostInPath = result.protocol && !slashedProtocols.has(result.protocol);

  // Without slashes (mailto: and the like) the host is treated as the first
  // path segment, so '..' can climb into it.
  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (path[0] === '') path[0] = result.host;
      else path.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (relPath[0] === '' || path[0] === '');
  }

  if (relAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    path = relPath;
  } else if (relPath.length) {
    path.pop();
    path = path.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a new query.
    if (hostInPath) {
      result.hostname = result.host = path.shift();
      takeAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }

  if (!path.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // A path ending in '.', '..' or '' keeps a trailing slash.
  let last = path[path.length - 1];
  const trailingSlash = ((result.host || relative.host || path.length > 1) && (last === '.' || last === '..')) || last === '';

  let up = 0;
  for (let i = path.length - 1; i >= 0; i--) {
    last = path[i];
    if (last === '.') {
      path.splice(i, 1);
    } else if (last === '..') {
      path.splice(i, 1);
      up++;
    } else if (up) {
      path.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbsolute && !dropAllDots) {
    while (up--) path.unshift('..');
  }
  if (mustEndAbsolute && path[0] !== '' && (!path[0] || path[0][0] !== '/')) path.unshift('');
  if (trailingSlash && path.join('/').slice(-1) !== '/') path.push('');

  const isAbsolute = path[0] === '' || (path[0] && path[0][0] === '/');
  if (hostInPath) {
    result.hostname = result.host = isAbsolute ? '' : path.length ? path.shift() : '';
    takeAuthFromHost(result);
  }
  mustEndAbsolute = mustEndAbsolute || (result.host && path.length);
  if (mustEndAbsolute && !isAbsolute) path.unshift('');

  if (path.length > 0) {
    result.pathname = path.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

// "user@host" can end up as a host when resolving mailto-like URLs.
function takeAuthFromHost(result) {
  const parts = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
  if (parts) {
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

module.exports = function install(UrlClass, parseFn, isURL) {
  Url = UrlClass;
  urlParse = parseFn;
  isURLInstance = isURL;
  return { parse, format, resolve, resolveObject, parseHost, urlFormat };
};
