
// --- FormData ---------------------------------------------------------------

const kEntries = Symbol('entries');
const { File } = require('buffer');

function checkFormData(fd) {
  if (!(fd && fd[kEntries])) throw illegalInvocation();
}

// An entry's value: a string, or a File (a Blob becomes one, named 'blob').
function entryValue(method, value, filename, argc) {
  if (!(value instanceof Blob)) {
    if (argc > 2) {
      throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
    }
    return String(value);
  }
  if (value instanceof File && filename === undefined) return value;
  const name = filename !== undefined ? String(filename) : value instanceof File ? value.name : 'blob';
  const options = { type: value.type };
  if (value instanceof File) options.lastModified = value.lastModified;
  return new File([value], name, options);
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
    Object.defineProperty(this, kEntries, { value: [] });
  }
  append(name, value, filename = undefined) {
    checkFormData(this);
    argsRequired(arguments.length, 'FormData.append', 2);
    this[kEntries].push([String(name), entryValue('append', value, filename, arguments.length)]);
  }
  set(name, value, filename = undefined) {
    checkFormData(this);
    argsRequired(arguments.length, 'FormData.set', 2);
    name = String(name);
    const entry = [name, entryValue('set', value, filename, arguments.length)];
    const list = this[kEntries];
    const first = list.findIndex(([k]) => k === name);
    if (first === -1) {
      list.push(entry);
      return;
    }
    list[first] = entry;
    for (let i = list.length - 1; i > first; i--) if (list[i][0] === name) list.splice(i, 1);
  }
  delete(name) {
    checkFormData(this);
    argsRequired(arguments.length, 'FormData.delete', 1);
    name = String(name);
    const list = this[kEntries];
    for (let i = list.length - 1; i >= 0; i--) if (list[i][0] === name) list.splice(i, 1);
  }
  get(name) {
    checkFormData(this);
    argsRequired(arguments.length, 'FormData.get', 1);
    const entry = this[kEntries].find(([k]) => k === String(name));
    return entry ? entry[1] : null;
  }
  getAll(name) {
    checkFormData(this);
    argsRequired(arguments.length, 'FormData.getAll', 1);
    return this[kEntries].filter(([k]) => k === String(name)).map(([, v]) => v);
  }
  has(name) {
    checkFormData(this);
    argsRequired(arguments.length, 'FormData.has', 1);
    return this[kEntries].some(([k]) => k === String(name));
  }
  forEach(callback, thisArg = undefined) {
    checkFormData(this);
    forEachPair(this, arguments.length, 'FormData', callback, thisArg, this[kEntries].slice());
  }
  keys() { checkFormData(this); return makeIterator(FormDataIteratorPrototype, this, 'key'); }
  values() { checkFormData(this); return makeIterator(FormDataIteratorPrototype, this, 'value'); }
  entries() { checkFormData(this); return makeIterator(FormDataIteratorPrototype, this, 'key+value'); }
  [inspectSymbol](depth, options, inspect) {
    return inspectPairs('FormData', this[kEntries], options, inspect);
  }
}
FormData.prototype[Symbol.iterator] = FormData.prototype.entries;
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });
for (const name of Object.getOwnPropertyNames(FormData.prototype)) {
  if (name !== 'constructor') Object.defineProperty(FormData.prototype, name, { enumerable: true });
}
const FormDataIteratorPrototype = makeIteratorPrototype('FormData Iterator', (fd) => fd[kEntries]);

// --- multipart/form-data, as undici writes and reads it ----------------------

const escapeName = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
const unescapeName = (s) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%22/g, '"');
const normalizeLinefeeds = (s) => s.replace(/\r?\n|\r/g, '\r\n');

// The encoded form as a Blob (its parts may be Files) and its content type.
function encodeFormData(fd) {
  const boundary = `----formdata-undici-0${String(Math.floor(Math.random() * 1e11)).padStart(11, '0')}`;
  const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
  const parts = [];
  for (const [name, value] of fd[kEntries]) {
    if (typeof value === 'string') {
      parts.push(`${prefix}; name="${escapeName(normalizeLinefeeds(name))}"\r\n\r\n${normalizeLinefeeds(value)}\r\n`);
    } else {
      parts.push(`${prefix}; name="${escapeName(normalizeLinefeeds(name))}"; filename="${escapeName(value.name)}"\r\n` +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`, value, '\r\n');
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return { blob: new Blob(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function formDataError() {
  return new TypeError('Failed to parse body as FormData.');
}

function indexOfBytes(hay, needle, from) {
  outer: for (let i = from; i <= hay.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function dispositionParam(header, param) {
  const m = new RegExp(`;\\s*${param}="([^"]*)"`, 'i').exec(header) || new RegExp(`;\\s*${param}=([^;\\s]*)`, 'i').exec(header);
  return m ? unescapeName(m[1]) : undefined;
}

function parseMultipart(bytes, contentType) {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!m) throw formDataError();
  const delimiter = encoder.encode(`--${m[1] || m[2]}`);
  const decoder = new TextDecoder();
  const fd = new FormData();
  let pos = indexOfBytes(bytes, delimiter, 0);
  if (pos === -1) throw formDataError();
  for (;;) {
    pos += delimiter.length;
    if (bytes[pos] === 45 && bytes[pos + 1] === 45) return fd; // "--": the end
    if (bytes[pos] !== 13 || bytes[pos + 1] !== 10) throw formDataError();
    const headEnd = indexOfBytes(bytes, encoder.encode('\r\n\r\n'), pos + 2);
    const next = indexOfBytes(bytes, delimiter, pos);
    if (headEnd === -1 || next === -1 || headEnd > next) throw formDataError();
    const headers = new HeaderList();
    for (const line of decoder.decode(bytes.subarray(pos + 2, headEnd)).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
    const disposition = headers.get('content-disposition') || '';
    const name = dispositionParam(disposition, 'name');
    if (name === undefined) throw formDataError();
    const content = bytes.slice(headEnd + 4, next - 2);
    const filename = dispositionParam(disposition, 'filename');
    if (filename !== undefined) {
      fd.append(name, new File([content], filename, { type: headers.get('content-type') || 'application/octet-stream' }));
    } else {
      fd.append(name, decoder.decode(content));
    }
    pos = next;
  }
}

function parseFormData(bytes, contentType) {
  const essence = contentType.split(';')[0].trim().toLowerCase();
  if (essence === 'multipart/form-data') return parseMultipart(bytes, contentType);
  if (essence === 'application/x-www-form-urlencoded') {
    const fd = new FormData();
    for (const [k, v] of new URLSearchParams(new TextDecoder().decode(bytes))) fd.append(k, v);
    return fd;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}
