'use strict';
// The module's surface: exports, constants, server defaults, header
// validation and the errors of misuse, as Node words them.
const http = require('http');

const show = (fn) => {
  try {
    const v = fn();
    console.log('ok', v);
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
};

console.log(Object.keys(http).sort());
console.log(http.METHODS);
console.log(Object.keys(http.STATUS_CODES).length, http.STATUS_CODES[200], http.STATUS_CODES[418], http.STATUS_CODES[599]);
console.log('maxHeaderSize', http.maxHeaderSize);
console.log(require('_http_common').methods === undefined, typeof require('_http_agent').Agent,
  typeof require('_http_server').Server, typeof require('_http_client').ClientRequest,
  typeof require('_http_incoming').IncomingMessage, typeof require('_http_outgoing').OutgoingMessage);
console.log(require('node:http') === http, http.Server === require('_http_server').Server);

const s = http.createServer();
console.log('defaults', s.timeout, s.keepAliveTimeout, s.headersTimeout, s.requestTimeout,
  s.maxHeadersCount, s.maxRequestsPerSocket, s.requireHostHeader, s.httpAllowHalfOpen,
  s.connectionsCheckingInterval, s.maxHeaderSize, s.joinDuplicateHeaders, s.listening);
console.log(s instanceof require('net').Server, http.Server() instanceof http.Server, s.listenerCount('connection'));
console.log(s.setTimeout(123) === s, s.timeout);

show(() => http.validateHeaderName('x-ok'));
show(() => http.validateHeaderName('bad name'));
show(() => http.validateHeaderName(''));
show(() => http.validateHeaderName(undefined));
show(() => http.validateHeaderValue('x', 'fine'));
show(() => http.validateHeaderValue('x', undefined));
show(() => http.validateHeaderValue('x', 'bad\nvalue'));
show(() => http.createServer({ headersTimeout: 10, requestTimeout: 5 }));
show(() => http.createServer({ keepAliveTimeout: -1 }));
show(() => http.createServer({ maxHeaderSize: 'big' }));
show(() => http.createServer('nope'));
show(() => http.request({ protocol: 'https:' }));
show(() => http.request({ path: '/a b' }));
show(() => http.request({ method: 'BAD METHOD' }));
show(() => http.request({ method: 42 }));
show(() => http.request({ agent: 'x' }));
show(() => http.request({ host: 42 }));
show(() => http.request({ timeout: -1 }));
show(() => new http.Agent({ scheduling: 'random' }));
show(() => new http.Agent({ maxTotalSockets: 0 }));

const fakeReq = { method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} };
const res = new http.ServerResponse(fakeReq);
console.log('response', res.statusCode, res.statusMessage, res.headersSent, res.writableEnded, res.finished,
  res.sendDate, res.chunkedEncoding, res.shouldKeepAlive, res.writableHighWaterMark);
res.setHeader('X-A', 1);
res.setHeader('x-b', ['1', '2']);
res.appendHeader('X-A', 'more');
console.log(res.getHeader('x-a'), res.getHeaders(), res.getHeaderNames(), res.getRawHeaderNames(),
  res.hasHeader('X-B'), res.hasHeader('nope'));
res.removeHeader('x-b');
console.log(res.getHeaderNames());
show(() => res.setHeader('bad name', 'x'));
show(() => res.setHeader('x', undefined));
show(() => res.getHeader(1));
show(() => res.writeHead(99));
show(() => res.writeHead(1000));
show(() => res.writeHead('abc'));
show(() => res.writeHead(200, 'bad\rmessage'));
show(() => res.writeHead(200, ['odd']));
show(() => res.write(null));
show(() => res.write(42));
show(() => { res.statusMessage = undefined; return res.writeHead(201, { 'X-C': 'c' }) === res; });
console.log(res.headersSent, res.statusCode, res.statusMessage);
show(() => res.setHeader('x', 'y'));
show(() => res.removeHeader('x'));
show(() => res.appendHeader('x', 'y'));
show(() => new http.OutgoingMessage()._implicitHeader());
show(() => new http.OutgoingMessage().setHeaders({}));
const om = new http.OutgoingMessage();
om.setHeaders(new Map([['a', '1'], ['set-cookie', ['x=1', 'y=2']]]));
console.log(om.getHeaders());
show(() => om.addTrailers({ 'bad name': 'v' }));
show(() => om.addTrailers({ ok: 'bad\u0000' }));
const msg = new http.IncomingMessage(null);
console.log('incoming', msg.method, msg.url, msg.statusCode, msg.httpVersion, msg.complete, msg.aborted,
  msg.headers, msg.rawHeaders, msg.trailers, msg.upgrade, msg.readable);
