'use strict';
// _http_agent: Agent, the client's connection pool: sockets per
// host:port:localAddress[:family], kept alive between requests when
// keepAlive is on, at most maxSockets at once, requests queued beyond.
//
// The class is here, with its methods in Node's order; what they do is in
// agent_pool.js, loaded when a program first makes a request: a server
// never does, and need not compile the client.

const net = require('net');
const EventEmitter = require('events');
const { validateNumber, invalidArgValue } = require('internal/errors');

let impl;
const work = () => (impl ??= binding.load('agent_pool'));

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = { __proto__: null, ...options };
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  // Not a pipe path.
  this.options.path = null;
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets;
  this.totalSocketCount = 0;
  if (this.scheduling !== 'fifo' && this.scheduling !== 'lifo') {
    throw invalidArgValue('scheduling', this.scheduling, "must be one of: 'fifo', 'lifo'");
  }
  if (this.maxTotalSockets !== undefined) {
    validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
  } else {
    this.maxTotalSockets = Infinity;
  }
  this.on('free', (socket, options) => work().onFree(this, socket, options));
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

Agent.prototype.createConnection = net.createConnection;

Agent.prototype.getName = function getName(options = {}) {
  return Reflect.apply(work().getName, this, arguments);
};

Agent.prototype.addRequest = function addRequest(req, options, port, localAddress) {
  return Reflect.apply(work().addRequest, this, arguments);
};

Agent.prototype.createSocket = function createSocket(req, options, cb) {
  return Reflect.apply(work().createSocket, this, arguments);
};

Agent.prototype.removeSocket = function removeSocket(s, options) {
  return Reflect.apply(work().removeSocket, this, arguments);
};

Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  return Reflect.apply(work().keepSocketAlive, this, arguments);
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  return Reflect.apply(work().reuseSocket, this, arguments);
};

Agent.prototype.destroy = function destroy() {
  return Reflect.apply(work().destroy, this, arguments);
};

module.exports = {
  Agent,
  globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }),
};
