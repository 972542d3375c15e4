
// --- data: and blob: URLs ---------------------------------------------------

const asciiWhitespace = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

// The standard's MIME type parser and serializer, enough for data: URLs:
// null when the essence is not type/subtype tokens.
function serializeMimeType(input) {
  const [essence, ...params] = input.replace(asciiWhitespace, '').split(';');
  const m = /^([^/]+)\/([^/]+)$/.exec(essence.replace(asciiWhitespace, ''));
  if (!m || !tokenRe.test(m[1]) || !tokenRe.test(m[2])) return null;
  let out = `${m[1]}/${m[2]}`.toLowerCase();
  const seen = new Set();
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq === -1) continue;
    const name = param.slice(0, eq).replace(asciiWhitespace, '').toLowerCase();
    let value = param.slice(eq + 1);
    if (value.startsWith('"')) value = value.slice(1).replace(/"[^]*$/, '').replace(/\\(.)/g, '$1');
    else value = value.replace(asciiWhitespace, '');
    if (!value || !tokenRe.test(name) || seen.has(name)) continue;
    seen.add(name);
    out += `;${name}=${tokenRe.test(value) ? value : `"${value.replace(/(["\\])/g, '\\$1')}"`}`;
  }
  return out;
}

function percentDecode(s) {
  const bytes = [];
  for (const b of encoder.encode(s)) bytes.push(b);
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const hex = String.fromCharCode(bytes[i + 1], bytes[i + 2]);
    if (bytes[i] === 37 && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(bytes[i]);
    }
  }
  return new Uint8Array(out);
}

// { type, bytes } of a data: URL, or null when it is not a valid one.
function processDataURL(url) {
  const href = url.href.slice(5).replace(/#.*$/s, '');
  const comma = href.indexOf(',');
  if (comma === -1) return null;
  let mimeType = href.slice(0, comma).replace(asciiWhitespace, '');
  let bytes = percentDecode(href.slice(comma + 1));
  const base64 = /;[ ]*base64$/i.exec(mimeType);
  if (base64) {
    const text = String.fromCharCode(...bytes).replace(/[\t\n\f\r ]/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.replace(/=+$/, '').length % 4 === 1) return null;
    bytes = new Uint8Array(Buffer.from(text, 'base64'));
    mimeType = mimeType.slice(0, base64.index);
  }
  if (mimeType.startsWith(';')) mimeType = `text/plain${mimeType}`;
  return { type: serializeMimeType(mimeType) || 'text/plain;charset=US-ASCII', bytes };
}

// fetch of a data: or blob: URL; false for other schemes.
function schemeFetch(job, url) {
  let type;
  let source;
  if (url.protocol === 'data:') {
    const data = processDataURL(url);
    if (data === null) {
      fail(job, new Error('failed to fetch the data URL'));
      return true;
    }
    ({ type, bytes: source } = data);
  } else if (url.protocol === 'blob:') {
    const blob = require('buffer').resolveObjectURL(url.href);
    if (job.method !== 'GET' || !(blob instanceof Blob)) {
      fail(job, new Error('invalid method'));
      return true;
    }
    type = blob.type;
    source = blob;
  } else {
    return false;
  }
  const headers = new HeaderList();
  if (url.protocol === 'blob:') headers.append('content-length', String(source.size));
  headers.append('content-type', type);
  const state = { type: 'basic', status: 200, statusText: 'OK', urlList: job.urlList, headers };
  const response = makeResponse(state, { stream: streamOf(source), source, length: null, type: null });
  response[kHeadersObject][kGuard] = 'immutable';
  job.signal.removeEventListener('abort', job.onAbort);
  settle(job, response, false);
  return true;
}
