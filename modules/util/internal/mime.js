'use strict';
// util.MIMEType and util.MIMEParams: the WHATWG MIME Sniffing standard's
// "parse a MIME type" and serialization. Parameters are parsed lazily, on
// first use.

const { makeNodeError } = binding.load('errors');

const notTokenChar = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const notQuotedStringChar = /[^\t\u0020-~\u0080-\u00FF]/;

function isHttpSpace(c) {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function badSyntax(production, str, at) {
  const where = at !== -1 ? ` at ${at}` : '';
  return makeNodeError(TypeError, 'ERR_INVALID_MIME_SYNTAX',
    `The MIME syntax for a ${production} in "${str}" is invalid${where}`);
}

function searchInvalid(str, pattern) {
  const m = pattern.exec(str);
  return m === null ? -1 : m.index;
}

function asciiLower(str) {
  let out = '';
  for (const c of str) out += c >= 'A' && c <= 'Z' ? String.fromCharCode(c.charCodeAt(0) + 32) : c;
  return out;
}

function trimEndSpaces(str) {
  let end = str.length;
  while (end > 0 && isHttpSpace(str[end - 1])) end--;
  return str.slice(0, end);
}

function skipSpaces(str, pos) {
  while (pos < str.length && isHttpSpace(str[pos])) pos++;
  return pos;
}

// parseEssence reads "type/subtype" and returns [type, subtype, position of
// the parameters].
function parseEssence(str) {
  let pos = skipSpaces(str, 0);
  const slash = str.indexOf('/', pos);
  const type = slash === -1 ? str.slice(pos) : str.slice(pos, slash);
  const badType = searchInvalid(type, notTokenChar);
  if (type === '' || badType !== -1 || slash === -1) throw badSyntax('type', str, badType);
  pos = slash + 1;
  const semicolon = str.indexOf(';', pos);
  const rawSubtype = semicolon === -1 ? str.slice(pos) : str.slice(pos, semicolon);
  pos += rawSubtype.length + (semicolon === -1 ? 0 : 1);
  const subtype = trimEndSpaces(rawSubtype);
  const badSubtype = searchInvalid(subtype, notTokenChar);
  if (subtype === '' || badSubtype !== -1) throw badSyntax('subtype', str, badSubtype);
  return [asciiLower(type), asciiLower(subtype), pos];
}

// readQuoted reads a quoted-string value starting after its opening quote;
// returns [value, position after it].
function readQuoted(str, pos) {
  let value = '';
  while (pos < str.length) {
    const c = str[pos];
    if (c === '"') return [value, pos + 1];
    if (c === '\\') {
      if (pos + 1 >= str.length) return [`${value}\\`, pos + 1];
      value += str[pos + 1];
      pos += 2;
      continue;
    }
    value += c;
    pos++;
  }
  return [value, pos];
}

function parseParams(str, into) {
  const end = trimEndSpaces(str).length;
  let pos = 0;
  while (pos < end) {
    pos = skipSpaces(str, pos);
    let nameEnd = pos;
    while (nameEnd < str.length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = asciiLower(str.slice(pos, nameEnd));
    pos = nameEnd;
    if (pos < end) {
      const c = str[pos];
      pos++;
      if (c === ';') continue; // a parameter without a value
    }
    if (pos >= end) break;
    let value;
    if (str[pos] === '"') {
      // The character after the closing quote is skipped below, whatever
      // it is; Node then reads on from there.
      [value, pos] = readQuoted(str, pos + 1);
    } else {
      const semicolon = str.indexOf(';', pos);
      const raw = semicolon === -1 ? str.slice(pos) : str.slice(pos, semicolon);
      pos += raw.length;
      value = trimEndSpaces(raw);
      if (value === '') continue;
    }
    if (name !== '' && !notTokenChar.test(name) && !notQuotedStringChar.test(value) &&
        !into.has(name)) {
      into.set(name, value);
    }
    pos++;
  }
}

function serializeValue(value) {
  if (value.length === 0) return '""';
  if (!notTokenChar.test(value)) return value;
  let escaped = '';
  for (const c of value) escaped += c === '"' || c === '\\' ? `\\${c}` : c;
  return `"${escaped}"`;
}

const pendingSource = new WeakMap(); // MIMEParams -> unparsed text
const paramData = new WeakMap(); // MIMEParams -> Map

function dataOf(params) {
  let data = paramData.get(params);
  if (data === undefined) throw new TypeError('Illegal invocation');
  const source = pendingSource.get(params);
  if (source !== undefined) {
    pendingSource.delete(params);
    parseParams(source, data);
  }
  return data;
}

class MIMEParams {
  constructor() {
    paramData.set(this, new Map());
  }

  delete(name) {
    dataOf(this).delete(name);
  }

  get(name) {
    const data = dataOf(this);
    return data.has(name) ? data.get(name) : null;
  }

  has(name) {
    return dataOf(this).has(name);
  }

  set(name, value) {
    const data = dataOf(this);
    name = `${name}`;
    value = `${value}`;
    const badName = searchInvalid(name, notTokenChar);
    if (name.length === 0 || badName !== -1) throw badSyntax('parameter name', name, badName);
    const badValue = searchInvalid(value, notQuotedStringChar);
    if (badValue !== -1) throw badSyntax('parameter value', value, badValue);
    data.set(name, value);
  }

  *entries() {
    yield* dataOf(this).entries();
  }

  *keys() {
    yield* dataOf(this).keys();
  }

  *values() {
    yield* dataOf(this).values();
  }

  toString() {
    let out = '';
    for (const [key, value] of dataOf(this)) {
      if (out.length) out += ';';
      out += `${key}=${serializeValue(value)}`;
    }
    return out;
  }
}
const paramsToString = MIMEParams.prototype.toString;
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  configurable: true, writable: true, value: MIMEParams.prototype.entries,
});
Object.defineProperty(MIMEParams.prototype, 'toJSON', {
  configurable: true, writable: true, value: paramsToString,
});

const essence = new WeakMap(); // MIMEType -> { type, subtype, params }

function stateOf(mime) {
  const state = essence.get(mime);
  if (state === undefined) throw new TypeError('Illegal invocation');
  return state;
}

class MIMEType {
  constructor(string) {
    string = `${string}`;
    const [type, subtype, at] = parseEssence(string);
    const params = new MIMEParams();
    pendingSource.set(params, string.slice(at));
    essence.set(this, { type, subtype, params });
  }

  get type() {
    return stateOf(this).type;
  }

  set type(v) {
    v = `${v}`;
    const bad = searchInvalid(v, notTokenChar);
    if (v.length === 0 || bad !== -1) throw badSyntax('type', v, bad);
    stateOf(this).type = asciiLower(v);
  }

  get subtype() {
    return stateOf(this).subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const bad = searchInvalid(v, notTokenChar);
    if (v.length === 0 || bad !== -1) throw badSyntax('subtype', v, bad);
    stateOf(this).subtype = asciiLower(v);
  }

  get essence() {
    const s = stateOf(this);
    return `${s.type}/${s.subtype}`;
  }

  get params() {
    return stateOf(this).params;
  }

  toString() {
    const s = stateOf(this);
    const params = paramsToString.call(s.params);
    return `${s.type}/${s.subtype}${params.length ? `;${params}` : ''}`;
  }
}
Object.defineProperty(MIMEType.prototype, 'toJSON', {
  configurable: true, writable: true, value: MIMEType.prototype.toString,
});

Object.assign(exports, { MIMEType, MIMEParams });
