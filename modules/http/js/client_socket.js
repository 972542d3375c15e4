'use strict';
// The client's side of a socket (in Node's _http_client): what a
// ClientRequest's socket does with data, end, errors and close, and the
// hand-over of a kept-alive socket back to its agent.

const { freeParser, prepareError, debug, httpChannels, kHttpPerf, stopHttpPerf } = binding.load('common');
const { kNeedDrain } = binding.load('outgoing');
const { connResetException } = binding.load('errors');

const kError = Symbol('kError');

function ondrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

// A request's 'error', published on http.client.request.error first.
function emitErrorEvent(req, err) {
  const channel = httpChannels().clientRequestError;
  if (channel._subscribers.length !== 0) channel.publish({ request: req, error: err });
  req.emit('error', err);
}

function socketCloseListener() {
  const socket = this;
  if (debug !== null) debug('HTTP socket close');
  const req = socket._httpMessage;
  // socketOnData may have freed it meanwhile.
  const parser = socket.parser;
  const res = req.res;
  req.destroyed = true;
  if (res) {
    // Closed before the response ended.
    if (!res.complete) res.destroy(connResetException('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!req.socket._hadError) {
      // Closed before any response: the request fails.
      req.socket._hadError = true;
      emitErrorEvent(req, connResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  if (req.outputData) req.outputData.length = 0;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
}

function socketErrorListener(err) {
  const socket = this;
  if (debug !== null) debug('SOCKET ERROR');
  const req = socket._httpMessage;
  if (req) {
    // Only the first error reaches the request.
    req.socket._hadError = true;
    emitErrorEvent(req, err);
  }
  const parser = socket.parser;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.destroy();
}

function socketOnEnd() {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (!req.res && !req.socket._hadError) {
    // The server hung up before answering.
    req.socket._hadError = true;
    emitErrorEvent(req, connResetException('socket hang up'));
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.destroy();
}

function socketOnData(d) {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  const ret = parser.execute(d);
  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    if (debug !== null) debug('parse error', ret);
    freeParser(parser, req, socket);
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.destroy();
    req.socket._hadError = true;
    emitErrorEvent(req, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    // 101 Switching Protocols, or an answer to CONNECT.
    const bytesParsed = ret;
    const res = parser.incoming;
    req.res = res;
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    socket.removeListener('timeout', responseOnTimeout);
    parser.finish();
    freeParser(parser, req, socket);
    const bodyHead = d.slice(bytesParsed, d.length);
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(eventName) > 0) {
      req.upgradeOrConnect = true;
      // The socket leaves the agent and the request.
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket._httpMessage = null;
      socket.readableFlowing = null;
      req.emit(eventName, res, socket, bodyHead);
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.complete &&
             // After 1xx the real response follows: keep the parser.
             !statusIsInformational(parser.incoming.statusCode)) {
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    freeParser(parser, req, socket);
  }
}

// 100, 102-199 (101 switches protocols).
function statusIsInformational(status) {
  return status < 200 && status >= 100 && status !== 101;
}

// The parser's onIncoming for a response: `this` is the parser.
function parserOnIncomingClient(res, shouldKeepAlive) {
  const socket = this.socket;
  const req = socket._httpMessage;
  if (debug !== null) debug('AGENT incoming response!');
  if (req.res) {
    // A second response to one request.
    socket.destroy();
    return 0;
  }
  req.res = res;
  if (res.upgrade) return 2;
  const method = req.method;
  if (method === 'CONNECT') {
    res.upgrade = true;
    return 2;
  }
  if (statusIsInformational(res.statusCode)) {
    req.res = null;
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return 1;
  }
  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) {
    // The server must agree to keep-alive.
    req.shouldKeepAlive = false;
  }
  // The request's perf_hooks entry ends with its response's head.
  if (req[kHttpPerf] !== undefined) {
    stopHttpPerf(req, { statusCode: res.statusCode, statusMessage: res.statusMessage, headers: res.headers });
  }
  const channel = httpChannels().clientResponseFinish;
  if (channel._subscribers.length !== 0) channel.publish({ request: req, response: res });
  req.res = res;
  res.req = req;
  // Ours first, so the socket is cleaned up whatever the program does.
  res.on('end', responseOnEnd);
  req.on('finish', requestOnFinish);
  socket.on('timeout', responseOnTimeout);
  // Nobody listens for 'response': the body is thrown away.
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (method === 'HEAD') return 1;
  if (res.statusCode === 304) {
    res.complete = true;
    return 1;
  }
  return 0;
}

function responseKeepAlive(req) {
  const socket = req.socket;
  if (debug !== null) debug('AGENT socket keep-alive');
  if (req.timeoutCb) {
    socket.setTimeout(0, req.timeoutCb);
    req.timeoutCb = null;
  }
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  // Free only after the program's own 'end' listeners ran.
  process.nextTick(emitFreeNT, req);
  req.destroyed = true;
  if (req.res) {
    // The response must not destroy a socket that goes back to the pool.
    req.res.socket = null;
  }
}

function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  if (socket) {
    if (req.timeoutCb) socket.removeListener('timeout', emitRequestTimeout);
    socket.removeListener('timeout', responseOnTimeout);
  }
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    // Everything was written and taken by the kernel: reusable.
    responseKeepAlive(req);
  }
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

// A request's 'timeout' is its socket's.
function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  // Cleared when the request ends.
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) {
    req.socket.once('timeout', emitRequestTimeout);
  } else {
    req.on('socket', (socket) => { socket.once('timeout', emitRequestTimeout); });
  }
}

function responseOnTimeout() {
  const req = this._httpMessage;
  if (!req) return;
  const res = req.res;
  if (!res) return;
  res.emit('timeout');
}

// The response ended before the request was fully written.
function requestOnFinish() {
  const req = this;
  if (req.shouldKeepAlive && req._ended) responseKeepAlive(req);
}

function emitFreeNT(req) {
  req._closed = true;
  req.emit('close');
  if (req.socket) req.socket.emit('free');
}

module.exports = {
  kError,
  ondrain,
  socketCloseListener,
  socketErrorListener,
  emitErrorEvent,
  socketOnEnd,
  socketOnData,
  parserOnIncomingClient,
  listenSocketTimeout,
};
