'use strict';
// Body of function(exports, require, module, binding): Node's querystring.
// parse and stringify look up qs.escape / qs.unescape when called, so
// replacing them (as some programs do) changes their behaviour, as in Node.

const { nodeError } = require('internal/errors');


// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const unreserved = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") unreserved[c.charCodeAt(0)] = 1;

const hexDigits = '0123456789ABCDEF';
const pct = (b) => `%${hexDigits[b >> 4]}${hexDigits[b & 15]}`;

function uriMalformed() {
  return nodeError(URIError, 'ERR_INVALID_URI', 'URI malformed');
}

// Percent-encodes the UTF-8 of str except the characters in keep (a
// 128-entry table). A lone surrogate is an error.
function encodeWith(str, keep) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      out += str.slice(last, i) + pct(c);
      last = i + 1;
      continue;
    }
    out += str.slice(last, i);
    if (c < 0x800) {
      out += pct(0xC0 | (c >> 6)) + pct(0x80 | (c & 0x3F));
    } else if (c < 0xD800 || c >= 0xE000) {
      out += pct(0xE0 | (c >> 12)) + pct(0x80 | ((c >> 6) & 0x3F)) + pct(0x80 | (c & 0x3F));
    } else {
      // Whatever follows a surrogate is taken as its pair, unchecked (as
      // Node does); only one at the very end is an error.
      if (i + 1 >= str.length) throw uriMalformed();
      c = 0x10000 + (((c & 0x3FF) << 10) | (str.charCodeAt(i + 1) & 0x3FF));
      i++;
      out += pct(0xF0 | (c >> 18)) + pct(0x80 | ((c >> 12) & 0x3F)) + pct(0x80 | ((c >> 6) & 0x3F)) + pct(0x80 | (c & 0x3F));
    }
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Decodes %XX into bytes (and + into spaces if asked); anything else is
// kept byte for byte, characters above 0xFF truncated as Node does.
function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  s = `${s}`;
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  let decoded = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 && i < s.length - 2) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi === -1 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (lo !== -1) {
        out[n++] = hi * 16 + lo;
        i += 2;
        decoded = true;
        continue;
      }
    }
    out[n++] = c;
  }
  return decoded ? out.slice(0, n) : out;
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return qs.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeWith(str, unreserved);
}

function primitiveString(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// With the built-in escape, numbers below 1e21 and booleans need none.
function encodeDefault(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

const encodeCustom = (v, encode) => encode(primitiveString(v));

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = qs.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeDefault : encodeCustom;
  if (obj === null || typeof obj !== 'object') return '';
  let out = '';
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const prefix = convert(key, encode) + eq;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      for (let j = 0; j < value.length; j++) {
        if (out) out += sep;
        out += prefix + convert(value[j], encode);
      }
    } else {
      if (out) out += sep;
      out += prefix + convert(value, encode);
    }
  }
  return out;
}

function codesOf(str) {
  const codes = [];
  for (let i = 0; i < str.length; i++) codes.push(str.charCodeAt(i));
  return codes;
}

function decodePart(s, decode) {
  try {
    return decode(s);
  } catch {
    return qs.unescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valueEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodePart(key, decode);
  if (value.length > 0 && valueEncoded) value = decodePart(value, decode);
  const prev = obj[key];
  if (prev === undefined) obj[key] = value;
  else if (prev.pop) prev[prev.length] = value;
  else obj[key] = [prev, value];
}

const scanChars = /[%+0-9A-Fa-f]/;
const hexByte = /%[0-9A-Fa-f]{2}/;
const plusSign = /\+/g;

// parse with one-character separators and the built-in decoder: the same
// results as the scan below, using native splits and searches. A part is
// decoded when it holds a valid %XX; as in Node's scan, a second %XX in the
// key also marks the value for decoding.
function parseSplit(obj, str, sep, eq, pairsLeft, decode) {
  const pieces = str.split(sep);
  const last = pieces.length - 1;
  for (let i = 0; i <= last; i++) {
    const piece = pieces[i];
    if (piece === '') {
      // An empty piece adds nothing; between separators it still counts.
      if (i === last || --pairsLeft === 0) return obj;
      continue;
    }
    const at = piece.indexOf(eq);
    let key = at === -1 ? piece : piece.slice(0, at);
    let value = at === -1 ? '' : piece.slice(at + 1);
    const m = hexByte.exec(key);
    const keyEncoded = m !== null;
    const valueEncoded = hexByte.test(value) || (keyEncoded && hexByte.test(key.slice(m.index + 3)));
    if (key.indexOf('+') !== -1) key = key.replace(plusSign, ' ');
    if (value.indexOf('+') !== -1) value = value.replace(plusSign, ' ');
    addPair(obj, key, value, keyEncoded, valueEncoded, decode);
    if (i < last && --pairsLeft === 0) return obj;
  }
  return obj;
}

// A single left-to-right scan, matching the separators greedily without
// backtracking and decoding only the parts that hold a valid %XX (or any
// part, with a custom decoder): the same results as Node on odd input.
function parse(str, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof str !== 'string' || str.length === 0) return obj;
  const sepCodes = sep ? codesOf(String(sep)) : [38];
  const eqCodes = eq ? codesOf(String(eq)) : [61];
  let pairsLeft = 1000;
  if (options && typeof options.maxKeys === 'number') pairsLeft = options.maxKeys > 0 ? options.maxKeys : -1;
  let decode = qs.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== qsUnescape;
  const plus = custom ? '%20' : ' ';
  if (!custom && sepCodes.length === 1 && eqCodes.length === 1 &&
      !scanChars.test(String.fromCharCode(sepCodes[0], eqCodes[0]))) {
    return parseSplit(obj, str, String.fromCharCode(sepCodes[0]), String.fromCharCode(eqCodes[0]), pairsLeft, decode);
  }

  let key = '';
  let value = '';
  let keyEncoded = custom;
  let valueEncoded = custom;
  let from = 0;
  let sepAt = 0;
  let eqAt = 0;
  let hexRun = 0;
  const inKey = () => eqAt < eqCodes.length;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === sepCodes[sepAt]) {
      if (++sepAt < sepCodes.length) continue;
      const end = i - sepAt + 1;
      if (inKey()) {
        if (from < end) {
          key += str.slice(from, end);
        } else if (key.length === 0) {
          // Nothing between two separators.
          if (--pairsLeft === 0) return obj;
          from = i + 1;
          sepAt = eqAt = 0;
          continue;
        }
      } else if (from < end) {
        value += str.slice(from, end);
      }
      addPair(obj, key, value, keyEncoded, valueEncoded, decode);
      if (--pairsLeft === 0) return obj;
      keyEncoded = valueEncoded = custom;
      key = value = '';
      hexRun = 0;
      from = i + 1;
      sepAt = eqAt = 0;
      continue;
    }
    sepAt = 0;
    if (inKey()) {
      if (c === eqCodes[eqAt]) {
        if (++eqAt === eqCodes.length) {
          const end = i - eqAt + 1;
          if (from < end) key += str.slice(from, end);
          hexRun = 0;
          from = i + 1;
        }
        continue;
      }
      eqAt = 0;
      if (!keyEncoded) {
        if (c === 37) {
          hexRun = 1;
          continue;
        }
        if (hexRun > 0) {
          if (hexValue(c) !== -1) {
            if (++hexRun === 3) keyEncoded = true;
            continue;
          }
          hexRun = 0;
        }
      }
      if (c === 43) {
        if (from < i) key += str.slice(from, i);
        key += plus;
        from = i + 1;
        continue;
      }
    }
    // Key characters fall through to here too (as in Node), so they can
    // mark the value as encoded.
    if (c === 43) {
      if (from < i) value += str.slice(from, i);
      value += plus;
      from = i + 1;
    } else if (!valueEncoded) {
      if (c === 37) {
        hexRun = 1;
      } else if (hexRun > 0) {
        if (hexValue(c) === -1) hexRun = 0;
        else if (++hexRun === 3) valueEncoded = true;
      }
    }
  }
  if (from < str.length) {
    if (inKey()) key += str.slice(from);
    else if (sepAt < sepCodes.length) value += str.slice(from);
  } else if (eqAt === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valueEncoded, decode);
  return obj;
}

const qs = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
module.exports = qs;
