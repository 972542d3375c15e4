
// --- Request and Response -------------------------------------------------

const kHeadersObject = Symbol('headers');
const kState = Symbol('state');
const normalizedMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
const forbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];
const redirectStatuses = [301, 302, 303, 307, 308];
const nullBodyStatuses = [101, 204, 205, 304];
let constructing = false;

function parseURL(input, base) {
  try {
    return new URL(input, base);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}

function normalizeMethod(method) {
  method = byteString(method);
  if (!tokenRe.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (forbiddenMethods.includes(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  if (method === 'patch' && !patchWarned) {
    patchWarned = true;
    process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
      '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
  }
  return normalizedMethods.includes(upper) ? upper : method;
}
let patchWarned = false;

class Request {
  constructor(input, init = {}) {
    argsRequired(arguments.length, 'Request constructor', 1);
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
      if (init !== undefined) throw new TypeError("Request constructor: Expected init (\"Argument 2\") to be an object.");
      init = {};
    }
    let state;
    let inputBody = null;
    let signal = null;
    if (typeof input === 'string' || !(input instanceof Request)) {
      const url = parseURL(String(input));
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = { method: 'GET', url, urlList: [url], redirect: 'follow', headers: new HeaderList(),
        keepalive: false, duplex: 'half' };
    } else {
      const src = input[kState];
      state = { ...src, urlList: src.urlList.slice(), headers: src.headers.clone() };
      inputBody = input[kBody];
      signal = input[kSignal];
    }
    if (init.method !== undefined) state.method = normalizeMethod(init.method);
    if (init.redirect !== undefined) {
      if (!['follow', 'manual', 'error'].includes(init.redirect)) {
        throw new TypeError(`Request constructor: ${init.redirect} is not an accepted type. Expected one of follow, manual, error.`);
      }
      state.redirect = init.redirect;
    }
    if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
    if (init.signal != null) {
      if (!(init.signal instanceof AbortSignal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      signal = init.signal;
    }
    this[kState] = state;
    const ac = new AbortController();
    this[kSignal] = ac.signal;
    if (signal) {
      if (signal.aborted) ac.abort(signal.reason);
      else signal.addEventListener('abort', () => ac.abort(signal.reason), { once: true });
    }
    this[kHeadersObject] = headersWithGuard(state.headers, 'request');
    if (init.headers !== undefined) {
      state.headers.map.clear();
      fillHeaders(this[kHeadersObject], init.headers);
    }
    if ((init.body != null || inputBody != null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = null;
    if (init.body != null) {
      body = extractBody(init.body, state.keepalive);
      if (body.type !== null && !state.headers.has('content-type')) state.headers.append('content-type', body.type);
    }
    if (body === null && inputBody != null) {
      if (bodyUnusable(input)) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      // The new request takes the input's body; the input's is used up.
      body = { ...inputBody, stream: inputBody.stream.pipeThrough(new TransformStream()) };
    }
    if (body !== null && body.source === null) {
      if (init.duplex === undefined || init.duplex === null) {
        if (inputBody === null) throw new TypeError('RequestInit: duplex option is required when sending a body.');
      } else if (init.duplex !== 'half') {
        throw new TypeError(`Request constructor: ${init.duplex} is not an accepted type. Expected one of half.`);
      }
    }
    this[kBody] = body;
  }
  get method() { return requestState(this).method; }
  get url() { return requestState(this).url.href; }
  get headers() { requestState(this); return this[kHeadersObject]; }
  get redirect() { return requestState(this).redirect; }
  get signal() { requestState(this); return this[kSignal]; }
  get keepalive() { return requestState(this).keepalive; }
  get duplex() { requestState(this); return 'half'; }
  get destination() { requestState(this); return ''; }
  get referrer() { requestState(this); return 'about:client'; }
  get referrerPolicy() { requestState(this); return ''; }
  get mode() { requestState(this); return 'cors'; }
  get credentials() { requestState(this); return 'same-origin'; }
  get cache() { requestState(this); return 'default'; }
  get integrity() { requestState(this); return ''; }
  clone() {
    const st = requestState(this);
    if (bodyUnusable(this)) throw new TypeError('unusable');
    const r = Object.create(Request.prototype);
    r[kState] = { ...st, urlList: st.urlList.slice(), headers: st.headers.clone() };
    r[kHeadersObject] = headersWithGuard(r[kState].headers, 'request');
    r[kBody] = cloneBody(this[kBody]);
    const ac = new AbortController();
    r[kSignal] = ac.signal;
    const signal = this[kSignal];
    if (signal.aborted) ac.abort(signal.reason);
    else signal.addEventListener('abort', () => ac.abort(signal.reason), { once: true });
    return r;
  }
  [inspectSymbol](depth, options, inspect) {
    const st = requestState(this);
    return `Request ${inspect({ method: st.method, url: st.url.href, headers: this[kHeadersObject],
      destination: '', referrer: 'about:client', referrerPolicy: '', mode: 'cors', credentials: 'same-origin',
      cache: 'default', redirect: st.redirect, integrity: '', keepalive: st.keepalive,
      isReloadNavigation: false, isHistoryNavigation: false, signal: this[kSignal] }, options)}`;
  }
}
const kSignal = Symbol('signal');

function requestState(r) {
  if (!(r && r[kState] && r instanceof Request)) throw illegalInvocation();
  return r[kState];
}

class Response {
  constructor(body = null, init = {}) {
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
      if (init !== undefined) throw new TypeError("Response constructor: Expected init (\"Argument 2\") to be an object.");
      init = {};
    }
    const status = init.status !== undefined ? Number(init.status) : 200;
    if (status < 200 || status > 599 || !Number.isInteger(status)) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    const statusText = init.statusText !== undefined ? String(init.statusText) : '';
    if (/[^\t\x20-\x7e\x80-\xff]/.test(statusText)) throw new TypeError('Invalid statusText');
    this[kState] = { type: 'default', status, statusText, urlList: [], headers: new HeaderList() };
    this[kHeadersObject] = headersWithGuard(this[kState].headers, 'response');
    if (init.headers !== undefined) fillHeaders(this[kHeadersObject], init.headers);
    this[kBody] = null;
    if (body !== null && body !== undefined) {
      if (nullBodyStatuses.includes(status)) {
        throw new TypeError(`Response constructor: Invalid response status code ${status}`);
      }
      this[kBody] = extractBody(body);
      if (this[kBody].type !== null && !this[kState].headers.has('content-type')) {
        this[kState].headers.append('content-type', this[kBody].type);
      }
    }
  }
  static error() {
    const r = makeResponse({ type: 'error', status: 0, statusText: '', urlList: [], headers: new HeaderList() }, null);
    r[kHeadersObject][kGuard] = 'immutable';
    return r;
  }
  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = new Response(text, init);
    if (!(init && init.headers && new Headers(init.headers).has('content-type'))) {
      r[kState].headers.set('content-type', 'application/json');
    }
    return r;
  }
  static redirect(url, status = 302) {
    const parsed = parseURL(url);
    if (!redirectStatuses.includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const headers = new HeaderList();
    headers.set('location', parsed.href);
    const r = makeResponse({ type: 'default', status, statusText: '', urlList: [], headers }, null);
    r[kHeadersObject][kGuard] = 'immutable';
    return r;
  }
  get type() { return responseState(this).type; }
  get url() {
    const list = responseState(this).urlList;
    if (!list.length) return '';
    const u = new URL(list[list.length - 1].href);
    u.hash = '';
    return u.href;
  }
  get redirected() { return responseState(this).urlList.length > 1; }
  get status() { return responseState(this).status; }
  get ok() { const s = responseState(this).status; return s >= 200 && s <= 299; }
  get statusText() { return responseState(this).statusText; }
  get headers() { responseState(this); return this[kHeadersObject]; }
  clone() {
    const st = responseState(this);
    if (bodyUnusable(this)) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = makeResponse({ ...st, urlList: st.urlList.slice(), headers: st.headers.clone() }, cloneBody(this[kBody]));
    r[kHeadersObject][kGuard] = this[kHeadersObject][kGuard];
    return r;
  }
  [inspectSymbol](depth, options, inspect) {
    return `Response ${inspect({ status: this.status, statusText: this.statusText, headers: this.headers,
      body: this.body, bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type,
      url: this.url }, options)}`;
  }
}

function responseState(r) {
  if (!(r && r[kState] && r instanceof Response)) throw illegalInvocation();
  return r[kState];
}

function makeResponse(state, body) {
  const r = Object.create(Response.prototype);
  r[kState] = state;
  r[kHeadersObject] = headersWithGuard(state.headers, 'response');
  r[kBody] = body;
  return r;
}

installBody(Request);
installBody(Response);
for (const Class of [Request, Response]) {
  for (const name of Object.getOwnPropertyNames(Class.prototype)) {
    if (name !== 'constructor') Object.defineProperty(Class.prototype, name, { enumerable: true });
  }
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: Class.name, configurable: true });
}
for (const name of Object.getOwnPropertyNames(Headers.prototype)) {
  if (name !== 'constructor') Object.defineProperty(Headers.prototype, name, { enumerable: true });
}
