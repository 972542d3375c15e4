'use strict';
// The header half of OutgoingMessage: the header store behind setHeader()
// and friends, and the head written on the wire (_storeHeader), with the
// Date, Connection, Keep-Alive, Content-Length and Transfer-Encoding lines
// Node adds, in Node's order.

const { Buffer } = require('buffer');
const { validateString, invalidArgType, invalidArgValue } = require('internal/errors');
const { codes } = binding.load('errors');
const {
  _checkIsHttpToken: checkIsHttpToken,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  chunkExpression: RE_TE_CHUNKED,
} = binding.load('common');

const kOutHeaders = Symbol('kOutHeaders');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;

// The Date header's text, made at most once a second (in Go).
const { utcDate, renderHead } = binding;

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw codes.invalidToken(label || 'Header name', name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw codes.invalidHeaderValue(value, name);
  if (checkInvalidHeaderChar(value)) throw codes.invalidChar('header content', name);
}

function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (let i = 0; i < headers.length; i++) unique.add(headers[i].toLowerCase());
  return unique;
}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

function isContentDispositionField(s) {
  return s.length === 19 && s.toLowerCase() === 'content-disposition';
}

// _storeHeader(firstLine, headers) renders the head: firstLine, then the
// headers given (the store, an object, a flat or nested array), then the
// lines Node adds itself.
function storeHeaderLines(firstLine, headers) {
  // The usual heads render in Go; the rest (and every error) here.
  if (renderHead(this, firstLine, headers, headers != null && headers === this[kOutHeaders])) return;
  const state = {
    connection: false, contLen: false, te: false, date: false, expect: false,
    trailer: false, header: firstLine,
  };
  if (headers) {
    if (headers === this[kOutHeaders]) {
      for (const key in headers) {
        const entry = headers[key];
        processHeader(this, state, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          processHeader(this, state, headers[i][0], headers[i][1], true);
        }
      } else {
        if (headers.length % 2 !== 0) throw invalidArgValue('headers', headers);
        for (let n = 0; n < headers.length; n += 2) {
          processHeader(this, state, headers[n], headers[n + 1], true);
        }
      }
    } else {
      for (const key in headers) {
        if (Object.hasOwn(headers, key)) processHeader(this, state, key, headers[key], true);
      }
    }
  }

  let { header } = state;
  if (this.sendDate && !state.date) header += 'Date: ' + utcDate() + '\r\n';

  // 204 and 304 have no body: no zero chunk either, and the connection
  // closes, when the program asked for chunked.
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }

  if (this._removedConnection) {
    this._last = !this.shouldKeepAlive;
  } else if (!state.connection) {
    const sendKeepAlive = this.shouldKeepAlive &&
      (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (sendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (sendKeepAlive) {
      header += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        const timeoutSeconds = Math.floor(this._keepAliveTimeout / 1000);
        let max = '';
        if (~~this._maxRequestsPerSocket > 0) max = `, max=${this._maxRequestsPerSocket}`;
        header += `Keep-Alive: timeout=${timeoutSeconds}${max}\r\n`;
      }
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }

  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + '\r\n';
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      // Neither length nor chunks: the body ends with the connection.
      this._last = true;
    }
  }

  if (this.chunkedEncoding !== true && state.trailer) throw codes.trailerInvalid();

  this._header = header + '\r\n';
  this._headerSent = false;
  // Sent at once for Expect: 100-continue; otherwise with the first body
  // bytes, or at end().
  if (state.expect) this._send('');
}

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  // With a Content-Length, Content-Disposition goes out as Latin-1 bytes.
  if (isContentDispositionField(key) && self._contentLength) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = Buffer.from(value[i], 'latin1');
    } else {
      value = Buffer.from(value, 'latin1');
    }
  }
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) &&
        (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += key + ': ' + value + '\r\n';
  matchHeader(self, state, key, value);
}

// Headers the program set itself that change what Node adds.
function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  field = field.toLowerCase();
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

// The header store methods of OutgoingMessage.prototype. The store maps a
// lower-cased name to [name as given, value].
const methods = {
  _storeHeader: storeHeaderLines,

  setHeader(name, value) {
    if (this._header) throw codes.headersSent('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    let headers = this[kOutHeaders];
    if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
    headers[name.toLowerCase()] = [name, value];
    return this;
  },

  setHeaders(headers) {
    if (this._header) throw codes.headersSent('set');
    if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
        typeof headers.get !== 'function') {
      throw invalidArgType('headers', ['Headers', 'Map'], headers);
    }
    // Set-Cookie values are gathered so none overwrites another.
    const cookies = [];
    for (const { 0: key, 1: value } of headers) {
      if (key === 'set-cookie') {
        if (Array.isArray(value)) cookies.push(...value);
        else cookies.push(value);
        continue;
      }
      this.setHeader(key, value);
    }
    if (cookies.length) this.setHeader('set-cookie', cookies);
    return this;
  },

  appendHeader(name, value) {
    if (this._header) throw codes.headersSent('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const field = name.toLowerCase();
    const headers = this[kOutHeaders];
    if (headers === null || !headers[field]) return this.setHeader(name, value);
    if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
    const existing = headers[field][1];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) existing.push(value[i]);
    } else {
      existing.push(value);
    }
    return this;
  },

  getHeader(name) {
    validateString(name, 'name');
    const headers = this[kOutHeaders];
    if (headers === null) return;
    const entry = headers[name.toLowerCase()];
    return entry && entry[1];
  },

  getHeaderNames() {
    return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
  },

  getRawHeaderNames() {
    const headers = this[kOutHeaders];
    if (headers === null) return [];
    return Object.values(headers).map((entry) => entry[0]);
  },

  getHeaders() {
    const headers = this[kOutHeaders];
    const ret = { __proto__: null };
    if (headers) {
      for (const key of Object.keys(headers)) ret[key] = headers[key][1];
    }
    return ret;
  },

  hasHeader(name) {
    validateString(name, 'name');
    return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
  },

  removeHeader(name) {
    validateString(name, 'name');
    if (this._header) throw codes.headersSent('remove');
    const key = name.toLowerCase();
    switch (key) {
      case 'connection': this._removedConnection = true; break;
      case 'content-length': this._removedContLen = true; break;
      case 'transfer-encoding': this._removedTE = true; break;
      case 'date': this.sendDate = false; break;
    }
    if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
  },

  _renderHeaders() {
    if (this._header) throw codes.headersSent('render');
    const store = this[kOutHeaders];
    const headers = {};
    if (store !== null) {
      for (const key of Object.keys(store)) headers[store[key][0]] = store[key][1];
    }
    return headers;
  },

  addTrailers(headers) {
    this._trailer = '';
    const keys = Object.keys(headers);
    const isArray = Array.isArray(headers);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      let field, value;
      if (isArray) {
        field = headers[key][0];
        value = headers[key][1];
      } else {
        field = key;
        value = headers[key];
      }
      validateHeaderName(field, 'Trailer name');
      const isArrayValue = Array.isArray(value);
      if (isArrayValue && value.length > 1 &&
          (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
        for (let j = 0; j < value.length; j++) {
          if (checkInvalidHeaderChar(value[j])) throw codes.invalidChar('trailer content', field);
          this._trailer += field + ': ' + value[j] + '\r\n';
        }
      } else {
        if (isArrayValue) value = value.join('; ');
        if (checkInvalidHeaderChar(value)) throw codes.invalidChar('trailer content', field);
        this._trailer += field + ': ' + value + '\r\n';
      }
    }
  },
};

module.exports = {
  methods,
  kOutHeaders,
  kUniqueHeaders,
  utcDate,
  validateHeaderName,
  validateHeaderValue,
  parseUniqueHeadersOption,
};
