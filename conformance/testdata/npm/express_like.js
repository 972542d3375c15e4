'use strict';
// What express and its dependencies do with core modules, without npm:
// depd's call-site lookup (Error.prepareStackTrace + captureStackTrace),
// debug's tty check, etag's weak ETag (sha1, base64), fresh's 304 on
// If-None-Match, cookie-signature's HMAC signing and timingSafeEqual check,
// served by a cluster worker and asked for by the primary.
const cluster = require('cluster');
const crypto = require('crypto');
const http = require('http');
const tty = require('tty');

// depd: where was the deprecated function called from?
function callSites() {
  const limit = Error.stackTraceLimit;
  const holder = {};
  const prepare = Error.prepareStackTrace;
  Error.prepareStackTrace = (obj, stack) => stack;
  Error.stackTraceLimit = Math.max(10, limit);
  Error.captureStackTrace(holder);
  const stack = holder.stack.slice(1);
  Error.prepareStackTrace = prepare;
  Error.stackTraceLimit = limit;
  return stack;
}
function deprecatedCaller() {
  const site = callSites()[1];
  // (The column is left out: goja's is the call's '(' where V8's is the
  // callee's start; see the report of this helper's commit.)
  return [require('path').basename(site.getFileName()), site.getLineNumber(),
    site.getFunctionName(), site.isEval(), site.isNative(), typeof site.getThis];
}

// etag: a weak tag of length and SHA-1 of the body.
function etag(body) {
  if (body.length === 0) return 'W/"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk"';
  const hash = crypto.createHash('sha1').update(body, 'utf8').digest('base64').substring(0, 27);
  const len = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length;
  return `W/"${len.toString(16)}-${hash}"`;
}

// cookie-signature: value.signature, checked by comparing digests.
function sign(val, secret) {
  return `${val}.${crypto.createHmac('sha256', secret).update(val).digest('base64').replace(/=+$/, '')}`;
}
function unsign(input, secret) {
  const val = input.slice(0, input.lastIndexOf('.'));
  const mac = sign(val, secret);
  const a = crypto.createHash('sha1').update(mac).digest();
  const b = crypto.createHash('sha1').update(input).digest();
  return crypto.timingSafeEqual(a, b) ? val : false;
}

if (cluster.isPrimary) {
  console.log('depd', deprecatedCaller());
  console.log('debug colors', tty.isatty(process.stderr.fd));
  const worker = cluster.fork();
  worker.on('listening', (address) => {
    const requests = [
      { path: '/', headers: {} },
      { path: '/', headers: { 'if-none-match': etag('hello world') } },
      { path: '/json', headers: {} },
      { path: '/cookie', headers: { cookie: `sid=${encodeURIComponent(sign('tobi', 'secret'))}` } },
      { path: '/cookie', headers: { cookie: 'sid=tobi.forged' } },
    ];
    const next = () => {
      const req = requests.shift();
      if (!req) {
        worker.kill();
        return;
      }
      http.get({ port: address.port, path: req.path, headers: req.headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          console.log(res.statusCode, req.path, res.headers.etag, res.headers['content-length'], JSON.stringify(body));
          next();
        });
      });
    };
    next();
  });
  worker.on('exit', () => console.log('worker gone'));
} else {
  const server = http.createServer((req, res) => {
    let body;
    if (req.url === '/json') body = JSON.stringify({ worker: cluster.worker.id, uuid: typeof crypto.randomUUID() });
    else if (req.url === '/cookie') {
      const raw = decodeURIComponent((req.headers.cookie || '').replace(/^sid=/, ''));
      body = `unsigned: ${unsign(raw, 'secret')}`;
    } else body = 'hello world';
    const tag = etag(body);
    res.setHeader('ETag', tag);
    if (req.headers['if-none-match'] === tag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(body);
  });
  server.listen(0, '127.0.0.1');
}
