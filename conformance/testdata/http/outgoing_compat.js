'use strict';
// The older and odder corners of OutgoingMessage: error messages that
// format a non-string as Node's %s does, the deprecated _headers and
// _headerNames views (DEP0066, warned once), and _finish on both kinds of
// message.
const http = require('http');
const { OutgoingMessage, ServerResponse, ClientRequest, IncomingMessage } = http;

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const req = new IncomingMessage(null);
req.method = 'GET';
for (const code of [{}, [], [1, 2], null, true, '404 x', 1000, -1, NaN, undefined]) {
  attempt(`writeHead(${typeof code})`, () => new ServerResponse(req).writeHead(code));
}
attempt('setHeader({})', () => new OutgoingMessage().setHeader({}, 'v'));
attempt('setHeader([a])', () => new OutgoingMessage().setHeader(['a b'], 'v'));
attempt('setHeader(undefined)', () => new OutgoingMessage().setHeader('x', undefined));
attempt('validateHeaderName({a:1})', () => http.validateHeaderName({ a: 1 }));

const msg = new OutgoingMessage();
msg.setHeader('X-Name', 'v');
msg.setHeader('y', ['1', '2']);
console.log('_headers', msg._headers);
console.log('_headerNames', msg._headerNames);
msg._headerNames = { 'x-name': 'X-NAME', missing: 'M' };
console.log('raw names', msg.getRawHeaderNames());
msg._headers = { Fresh: 'f' };
console.log('after _headers =', msg.getHeaders(), msg.getRawHeaderNames());
msg._headers = null;
console.log('after null', msg.getHeaderNames(), msg._headerNames);

for (const C of [ServerResponse, ClientRequest]) {
  console.log(C.name, Object.prototype.hasOwnProperty.call(C.prototype, '_finish'), typeof C.prototype._finish);
}
