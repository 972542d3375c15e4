'use strict';
// require('http'): Node's HTTP/1.1 server and client.

const { validateInteger } = require('internal/errors');
const httpAgent = binding.load('agent');
const { ClientRequest } = binding.load('client');
const { methods, parsers, maxHeaderSize } = binding.load('common');
const { IncomingMessage } = binding.load('incoming');
const { validateHeaderName, validateHeaderValue, OutgoingMessage } = binding.load('outgoing');
const { _connectionListener, STATUS_CODES, Server, ServerResponse } = binding.load('server');

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener,
  METHODS: methods.slice().sort(),
  STATUS_CODES,
  Agent: httpAgent.Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
    parsers.max = max;
  },
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  configurable: true,
  enumerable: true,
  get() { return maxHeaderSize; },
});

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get() { return httpAgent.globalAgent; },
  set(value) { httpAgent.globalAgent = value; },
});
