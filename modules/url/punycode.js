'use strict';
// require('punycode'): node's deprecated bundled punycode.js 2.1.0 API,
// written from RFC 3492 (Bootstring with punycode's parameters). Packages
// still require it (whatwg-url, under node-fetch 2).
// Body of a function (exports, require, module, binding).

const maxInt = 2147483647;
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;
const delimiter = '-';

const messages = {
  overflow: 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function fail(type) {
  throw new RangeError(messages[type]);
}

// ucs2decode: a string's code points (a lone surrogate stays itself).
function ucs2decode(string) {
  const out = [];
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length) {
      const d = string.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) {
        out.push(((c & 0x3ff) << 10) + (d & 0x3ff) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

// digitOf is a basic code point's digit value, or base when it has none.
function digitOf(c) {
  if (c >= 0x30 && c <= 0x39) return c - 22; // '0'..'9' are 26..35
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  return base;
}

function digitChar(d) {
  return d < 26 ? 0x61 + d : d + 22;
}

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((base - tMin) * tMax) >> 1) {
    delta = Math.floor(delta / (base - tMin));
    k += base;
  }
  return k + Math.floor(((base - tMin + 1) * delta) / (delta + skew));
}

function threshold(k, bias) {
  if (k <= bias) return tMin;
  if (k >= bias + tMax) return tMax;
  return k - bias;
}

function decode(input) {
  const output = [];
  const last = input.lastIndexOf(delimiter);
  const basicLength = last < 0 ? 0 : last;
  for (let j = 0; j < basicLength; j++) {
    if (input.charCodeAt(j) >= 0x80) fail('not-basic');
    output.push(input.charCodeAt(j));
  }
  let n = initialN;
  let bias = initialBias;
  let i = 0;
  for (let index = basicLength > 0 ? basicLength + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= base) fail('invalid-input');
      if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) fail('overflow');
      w *= base - t;
    }
    const size = output.length + 1;
    bias = adapt(i - oldi, size, oldi === 0);
    if (Math.floor(i / size) > maxInt - n) fail('overflow');
    n += Math.floor(i / size);
    i %= size;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const points = ucs2decode(input);
  const output = [];
  for (const c of points) {
    if (c < 0x80) output.push(String.fromCharCode(c));
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output.push(delimiter);
  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  while (handled < points.length) {
    let m = maxInt;
    for (const c of points) {
      if (c >= n && c < m) m = c;
    }
    if (m - n > Math.floor((maxInt - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of points) {
      if (c < n && ++delta > maxInt) fail('overflow');
      if (c !== n) continue;
      let q = delta;
      for (let k = base; ; k += base) {
        const t = threshold(k, bias);
        if (q < t) break;
        output.push(String.fromCharCode(digitChar(t + ((q - t) % (base - t)))));
        q = Math.floor((q - t) / (base - t));
      }
      output.push(String.fromCharCode(digitChar(q)));
      bias = adapt(delta, handled + 1, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output.join('');
}

// mapDomain applies fn to each label of a domain, or of the part of an
// email address after its '@'; IDNA's other full stops count as dots.
function mapDomain(domain, fn) {
  const at = domain.split('@');
  let prefix = '';
  if (at.length > 1) {
    prefix = at[0] + '@';
    domain = at[1];
  }
  const labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
  return prefix + labels.map(fn).join('.');
}

function toASCII(input) {
  return mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? 'xn--' + encode(label) : label));
}

function toUnicode(input) {
  return mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
