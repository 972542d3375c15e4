
// --- fetch ------------------------------------------------------------------

const { invalidArgType } = require('internal/errors');
const kMaxRedirects = 20;
// The fetch standard's "bad ports": fetch refuses them outright.
const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95,
  101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719,
  1720, 1723, 2049, 3659, 4045, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080]);
const defaultHeaders = [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'],
  ['user-agent', 'node'], ['accept-encoding', 'gzip, deflate']];
// Kept-alive connections, as undici's pool keeps them.
let agents = null;
// undici's messages for the schemes it knows but does not fetch.
const unsupportedSchemes = { 'about:': 'about scheme is not supported', 'file:': 'not implemented... yet...' };

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    let request;
    try {
      request = new Request(input, init);
    } catch (err) {
      reject(err);
      return;
    }
    const signal = request[kSignal];
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const st = request[kState];
    const job = {
      method: st.method, urlList: [st.url], redirect: st.redirect, headers: st.headers.clone(),
      body: request[kBody], signal, settled: false, req: null, res: null, stream: null, controller: null,
      resolve, reject,
    };
    job.onAbort = () => abortJob(job, signal.reason);
    signal.addEventListener('abort', job.onAbort, { once: true });
    send(job);
  });
}

function abortJob(job, reason) {
  const controller = job.controller;
  job.controller = null;
  if (!job.settled) settle(job, reason, true);
  else if (controller) {
    try { controller.error(reason); } catch { /* already closed */ }
  }
  if (job.req) job.req.destroy();
  if (job.res) job.res.destroy();
}

function settle(job, value, failed) {
  if (job.settled) return;
  job.settled = true;
  if (failed) {
    job.signal.removeEventListener('abort', job.onAbort);
    job.reject(value);
  } else {
    job.resolve(value);
  }
}

function fail(job, cause) {
  if (job.req) job.req.destroy();
  settle(job, fetchFailed(cause), true);
}

function send(job) {
  const url = job.urlList[job.urlList.length - 1];
  if (job.urlList.length === 1 && schemeFetch(job, url)) return;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    fail(job, new Error(job.urlList.length > 1 ? 'URL scheme must be a HTTP(S) scheme' : unsupportedSchemes[url.protocol] || 'unknown scheme'));
    return;
  }
  if (badPorts.has(Number(url.port))) {
    fail(job, new Error('bad port'));
    return;
  }
  const mod = require(url.protocol === 'https:' ? 'https' : 'http');
  if (!agents) agents = { 'http:': null, 'https:': null };
  if (!agents[url.protocol]) agents[url.protocol] = new mod.Agent({ keepAlive: true });
  // Wire order as undici's: host, connection, the request's headers, then
  // the defaults it adds, then the body's length.
  const headers = [['host', url.host], ['connection', 'keep-alive']];
  for (const [name, value] of job.headers.raw()) headers.push([name, value]);
  for (const [name, value] of defaultHeaders) {
    if (!job.headers.has(name)) headers.push([name, value]);
  }
  const body = job.body;
  if (body !== null) {
    if (body.length !== null) headers.push(['content-length', String(body.length)]);
    else headers.push(['transfer-encoding', 'chunked']);
  } else if (job.method === 'POST' || job.method === 'PUT') {
    headers.push(['content-length', '0']);
  }
  let req;
  try {
    req = mod.request({
      protocol: url.protocol, hostname: url.hostname.replace(/^\[|\]$/g, ''), port: url.port,
      path: url.pathname + url.search, method: job.method, agent: agents[url.protocol], setHost: false,
    });
    for (const [name, value] of headers) {
      const prev = req.getHeader(name);
      req.setHeader(name, prev === undefined ? value : [].concat(prev, value));
    }
  } catch (err) {
    fail(job, err);
    return;
  }
  job.req = req;
  req.on('error', (err) => {
    if (!job.settled) fail(job, err);
    else if (job.controller) terminate(job, err);
  });
  req.on('response', (res) => onResponse(job, res));
  writeBody(job, req, body).catch((err) => fail(job, err));
}

async function writeBody(job, req, body) {
  if (body === null) {
    req.end();
    return;
  }
  if (body.source instanceof Blob) {
    req.end(Buffer.from(await body.source.arrayBuffer()));
  } else if (body.source !== null) {
    req.end(Buffer.from(body.source.buffer, body.source.byteOffset, body.source.byteLength));
  } else {
    const reader = body.stream.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (job.settled && job.req !== req) return;
      // As undici's: chunks go to the socket as they are, so strings and any
      // view are sent, other values fail as the socket's write does.
      if (typeof value === 'string') req.write(value);
      else if (ArrayBuffer.isView(value)) req.write(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
      else throw invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], value);
    }
    req.end();
  }
}

function onResponse(job, res) {
  const url = job.urlList[job.urlList.length - 1];
  const status = res.statusCode;
  const location = res.headers.location;
  if (redirectStatuses.includes(status) && location !== undefined && job.redirect !== 'manual') {
    res.resume();
    if (job.redirect === 'error') {
      fail(job, new Error('unexpected redirect'));
      return;
    }
    followRedirect(job, status, url, location);
    return;
  }
  const headers = new HeaderList();
  const raw = res.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  job.res = res;
  let source = res;
  const encoding = (res.headers['content-encoding'] || '').trim().toLowerCase();
  const nullBody = job.method === 'HEAD' || nullBodyStatuses.includes(status);
  if (!nullBody && encoding) {
    const zlib = require('zlib');
    const make = encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip :
      encoding === 'deflate' ? zlib.createInflate : encoding === 'br' ? zlib.createBrotliDecompress : null;
    if (make) {
      source = make({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
      res.on('error', (err) => source.destroy(err));
      res.pipe(source);
    }
  }
  const stream = nullBody ? null : bodyStream(job, res, source);
  const state = { type: 'basic', status, statusText: res.statusMessage || '', urlList: job.urlList, headers };
  const response = makeResponse(state, stream === null ? null : { stream, source: null, length: null, type: null });
  response[kHeadersObject][kGuard] = 'immutable';
  if (nullBody) res.resume();
  settle(job, response, false);
}

function terminate(job, cause) {
  if (!job.controller) return;
  try { job.controller.error(new TypeError('terminated', { cause })); } catch { /* closed */ }
  job.controller = null;
}

// undici's SocketError: the connection ended before the body did.
function socketError(message) {
  const err = new Error(message);
  err.name = 'SocketError';
  err.code = 'UND_ERR_SOCKET';
  return err;
}

function bodyStream(job, res, source) {
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      job.controller = controller;
      source.on('data', (chunk) => {
        if (job.controller !== controller) return;
        // A copy: enqueueing transfers the buffer, which the source may reuse.
        controller.enqueue(new Uint8Array(chunk));
        if (controller.desiredSize <= 0) source.pause();
      });
      source.on('end', () => {
        if (job.controller !== controller) return;
        job.controller = null;
        job.signal.removeEventListener('abort', job.onAbort);
        controller.close();
        if (controller.byobRequest) controller.byobRequest.respond(0);
      });
      source.on('error', (err) => terminate(job, err));
      const closed = () => {
        if (!res.complete) terminate(job, socketError('other side closed'));
      };
      res.on('aborted', closed);
      res.on('close', closed);
    },
    pull() {
      source.resume();
    },
    cancel() {
      job.controller = null;
      res.destroy();
      if (source !== res) source.destroy();
    },
  }, { highWaterMark: 65536 });
}

function followRedirect(job, status, url, location) {
  let next;
  try {
    next = new URL(location, url);
  } catch (err) {
    fail(job, err);
    return;
  }
  if (job.urlList.length > kMaxRedirects) {
    fail(job, new Error('redirect count exceeded'));
    return;
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    fail(job, new Error('URL scheme must be a HTTP(S) scheme'));
    return;
  }
  if (status !== 303 && job.body !== null && job.body.source === null) {
    // undici's network error here has no message.
    fail(job, new Error(''));
    return;
  }
  if (((status === 301 || status === 302) && job.method === 'POST') ||
      (status === 303 && job.method !== 'GET' && job.method !== 'HEAD')) {
    job.method = 'GET';
    job.body = null;
    for (const name of ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']) {
      job.headers.delete(name);
    }
  } else if (job.body !== null && job.body.source !== null) {
    job.body = { ...job.body, stream: streamOf(job.body.source) };
  }
  if (next.origin !== url.origin) {
    for (const name of ['authorization', 'proxy-authorization', 'cookie', 'host']) job.headers.delete(name);
  }
  job.urlList = job.urlList.concat(next);
  job.req = null;
  send(job);
}

module.exports = { fetch, Headers, Request, Response, FormData };
Object.defineProperty(fetch, 'name', { value: 'fetch' });
