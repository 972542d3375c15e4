'use strict';
// The Worker class: one worker process as cluster presents it. The primary
// makes one per fork() around the ChildProcess; a worker makes one around
// its own process. primary.js and child.js add disconnect() and destroy(),
// which differ by side.

const EventEmitter = require('events');
// this.emit(type, a, b) without a rest array (events fills it in).
const { emitWith } = require('internal/fast_paths');

// A plain function, not a class: Node's can be called without new, and its
// methods are anonymous functions (inspect shows them so).
function Worker(options) {
  if (!(this instanceof Worker)) return new Worker(options);
  EventEmitter.call(this);
  if (options === null || typeof options !== 'object') options = {};

  // Own keys in this order, as inspect(worker) shows them in Node.
  this.exitedAfterDisconnect = undefined;
  this.state = options.state || 'none';
  this.id = options.id | 0;

  if (options.process) {
    this.process = options.process;
    this.process.on('error', (code, signal) => this.emit('error', code, signal));
    this.process.on('message', (message, handle) => emitWith(this, 'message', 2, message, handle));
  }
}

Object.setPrototypeOf(Worker.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Worker, EventEmitter);

Worker.prototype.kill = function() {
  // Returns nothing, whatever destroy() returns.
  Reflect.apply(this.destroy, this, arguments);
};

// The default value keeps send.length 0, as Node's (arguments-based) has,
// without an arguments object and Reflect.apply per message; process.send
// treats a missing argument and undefined alike.
Worker.prototype.send = function(message = undefined, handle, options, callback) {
  return this.process.send(message, handle, options, callback);
};

Worker.prototype.isDead = function() {
  const p = this.process;
  return p.exitCode != null || p.signalCode != null;
};

Worker.prototype.isConnected = function() {
  return this.process.connected;
};

module.exports = Worker;
