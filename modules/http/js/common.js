'use strict';
// _http_common: the glue between a parser and the messages it makes,
// parser reuse, and the token and header-character checks both sides use.

const { setImmediate } = require('timers');
const { HTTPParser, methods, allMethods } = binding;
const { IncomingMessage, incomingWithHead, readStart, readStop } = binding.load('incoming');
// HTTPParser.prototype.consume and unconsume, as Node's parser has them.
binding.load('consume');

const kIncomingMessage = Symbol('IncomingMessage');
const kOnMessageBegin = HTTPParser.kOnMessageBegin | 0;
const kOnHeaders = HTTPParser.kOnHeaders | 0;
const kOnHeadersComplete = HTTPParser.kOnHeadersComplete | 0;
const kOnBody = HTTPParser.kOnBody | 0;
const kOnMessageComplete = HTTPParser.kOnMessageComplete | 0;
const kOnExecute = HTTPParser.kOnExecute | 0;
const kOnTimeout = HTTPParser.kOnTimeout | 0;

// NODE_DEBUG=http: Node's debug lines (util.debuglog's, with its warning)
// for connections, agents and errors; null when off, so a call site costs
// one test.
const debug = (() => {
  if (!process.env.NODE_DEBUG) return null;
  const log = require('util').debuglog('http');
  return log.enabled ? log : null;
})();

// The diagnostics_channel channels Node's http publishes on, loaded with
// the first connection or request rather than with http. A publish is
// skipped unless a channel has subscribers (_subscribers, read as a field
// where a request would otherwise pay a getter; bound stores alone get no
// publish in Node either).
let channels = null;
function httpChannels() {
  if (channels === null) {
    const dc = require('diagnostics_channel');
    channels = {
      clientRequestStart: dc.channel('http.client.request.start'),
      clientRequestError: dc.channel('http.client.request.error'),
      clientResponseFinish: dc.channel('http.client.response.finish'),
      serverRequestStart: dc.channel('http.server.request.start'),
      serverResponseFinish: dc.channel('http.server.response.finish'),
    };
  }
  return channels;
}

// Default cap on header lines kept (name and value each count).
const MAX_HEADER_PAIRS = 2000;

// Header lines that came before the head was complete (trailers, here).
function parserOnHeaders(headers, url) {
  if (this.maxHeaderPairs <= 0 || this._headers.length < this.maxHeaderPairs) {
    this._headers.push(...headers);
  }
  this._url += url;
}

// The head of a message is in: make its IncomingMessage and hand it on.
function parserOnHeadersComplete(versionMajor, versionMinor, headers, method,
                                 url, statusCode, statusMessage, upgrade,
                                 shouldKeepAlive) {
  const parser = this;
  const { socket } = parser;
  if (headers === undefined) {
    headers = parser._headers;
    parser._headers = [];
  }
  if (url === undefined) {
    url = parser._url;
    parser._url = '';
  }
  const server = socket ? socket.server : undefined;
  const Incoming = (server && server[kIncomingMessage]) || IncomingMessage;
  const httpVersion = versionMajor === 1 && versionMinor === 1 ? '1.1' :
    versionMajor === 1 && versionMinor === 0 ? '1.0' : `${versionMajor}.${versionMinor}`;
  const join = (server != null && server.joinDuplicateHeaders) || parser.joinDuplicateHeaders;
  let n = headers.length;
  const maxPairs = parser.maxHeaderPairs;
  if (maxPairs > 0 && n > maxPairs) n = maxPairs;
  let incoming;
  if (Incoming === IncomingMessage) {
    incoming = typeof method === 'number' ?
      incomingWithHead(socket, versionMajor, versionMinor, httpVersion, join, upgrade, headers, n,
        url, allMethods[method], null, null) :
      incomingWithHead(socket, versionMajor, versionMinor, httpVersion, join, upgrade, headers, n,
        url, null, statusCode, statusMessage);
    parser.incoming = incoming;
  } else {
    incoming = parser.incoming = new Incoming(socket);
    incoming.httpVersionMajor = versionMajor;
    incoming.httpVersionMinor = versionMinor;
    incoming.httpVersion = httpVersion;
    incoming.joinDuplicateHeaders = join;
    incoming.url = url;
    incoming.upgrade = upgrade;
    incoming._addHeaderLines(headers, n);
    if (typeof method === 'number') {
      incoming.method = allMethods[method];
    } else {
      incoming.statusCode = statusCode;
      incoming.statusMessage = statusMessage;
    }
  }
  return parser.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(b) {
  const stream = this.incoming;
  if (stream === null) return;
  // As if the stream's _read had produced it.
  if (!stream._dumped) {
    if (!stream.push(b)) readStop(this.socket);
  }
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null) {
    stream.complete = true;
    const headers = parser._headers;
    if (headers.length) {
      // Trailers.
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    stream.push(null);
  }
  // On to the next message.
  readStart(parser.socket);
}

// Parsers are kept for reuse, up to parsers.max, as Node's FreeList does.
const parsers = {
  name: 'parsers',
  max: 1000,
  list: [],
  alloc() {
    return this.list.length ? this.list.pop() : newParser();
  },
  free(parser) {
    if (this.list.length < this.max) {
      this.list.push(parser);
      return true;
    }
    return false;
  },
};

function newParser() {
  const parser = new HTTPParser();
  cleanParser(parser);
  parser[kOnHeaders] = parserOnHeaders;
  parser[kOnHeadersComplete] = parserOnHeadersComplete;
  parser[kOnBody] = parserOnBody;
  parser[kOnMessageComplete] = parserOnMessageComplete;
  return parser;
}

function closeParserInstance(parser) { parser.close(); }

// A message's parser goes back to the pool, with its links cut.
function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    cleanParser(parser);
    parser.remove();
    if (parsers.free(parser) === false) {
      setImmediate(closeParserInstance, parser);
    } else {
      parser.free();
    }
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
// An RFC 7230 token: what header names and methods must be.
function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
// A character no header value may hold.
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

function cleanParser(parser) {
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser[kOnMessageBegin] = null;
  parser[kOnExecute] = null;
  parser[kOnTimeout] = null;
  parser._consumed = false;
  parser.onIncoming = null;
  parser.joinDuplicateHeaders = null;
}

// A parse error as 'clientError' (or the client's 'error') gets it.
function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

// execOption(name) is a node option from the command line: the value of
// --name=value or --name value, true for a bare --name, else undefined.
function execOption(name) {
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1] !== undefined && argv[i + 1][0] !== '-' ? argv[i + 1] : true;
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
  }
  return undefined;
}

// --insecure-http-parser: every parser without its own insecureHTTPParser
// option is lenient; the first to be says so once.
const insecureHTTPParser = execOption('--insecure-http-parser') === true;
let warnedLenient = false;
function isLenient() {
  if (insecureHTTPParser && !warnedLenient) {
    warnedLenient = true;
    process.emitWarning('Using insecure HTTP parsing');
  }
  return insecureHTTPParser;
}

// --max-http-header-size: the limit of a parser given none of its own.
const maxHeaderSize = (() => {
  const v = execOption('--max-http-header-size');
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) ? n : binding.maxHeaderSize;
})();

// perf_hooks 'http' entries: HttpRequest (server: from the request's head
// to its response's finish) and HttpClient (from the request's end to its
// response's head), timed only while an observer watches 'http': callers
// ask binding.httpObserved() before they make the request's detail.
const kHttpPerf = Symbol('kHttpPerf');
function startHttpPerf(target, name, req) {
  target[kHttpPerf] = { name, start: require('internal/web').performance.now(), req };
}
function stopHttpPerf(target, res) {
  const perf = target[kHttpPerf];
  target[kHttpPerf] = undefined;
  if (!binding.httpObserved()) return;
  const web = require('internal/web');
  web.enqueueNodeEntry(perf.name, 'http', perf.start, web.performance.now() - perf.start, { req: perf.req, res });
}

module.exports = {
  kHttpPerf,
  startHttpPerf,
  stopHttpPerf,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  methods,
  parsers,
  kIncomingMessage,
  HTTPParser,
  isLenient,
  maxHeaderSize,
  debug,
  httpChannels,
  prepareError,
};
