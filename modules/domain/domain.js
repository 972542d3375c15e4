'use strict';
// require('domain'). A Domain is an EventEmitter with members; the stack
// of entered domains decides process.domain and domain.active. bind and
// intercept wrap callbacks that run inside the domain; intercept sends an
// Error first argument to the domain's 'error' instead of the callback.

const EventEmitter = require('events');

const stack = [];

// Node keeps process.domain as an own, enumerable property (null when no
// domain is active).
if (!Object.prototype.hasOwnProperty.call(process, 'domain')) process.domain = null;

// Emitters made after this know that domains are in use.
EventEmitter.usingDomains = true;

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
  }
}

function setActive(d) {
  exports.active = d;
  process.domain = d;
}

Domain.prototype.enter = function() {
  setActive(this);
  stack.push(this);
};

// exit leaves this domain and every domain entered after it.
Domain.prototype.exit = function() {
  const index = stack.lastIndexOf(this);
  if (index === -1) return;
  stack.splice(index);
  setActive(stack[stack.length - 1]);
};

Domain.prototype.run = function(fn, ...args) {
  this.enter();
  const ret = Reflect.apply(fn, this, args);
  this.exit();
  return ret;
};

// The error as the domain reports it: err.domain, err.domainThrown.
Domain.prototype._errorHandler = function(er) {
  if (er !== null && typeof er === 'object') {
    er.domain = this;
    er.domainThrown = true;
  }
  // The domain stack is left as it was before the failing callback.
  stack.length = 0;
  setActive(undefined);
  if (this.listenerCount('error') === 0) return false;
  this.emit('error', er);
  return true;
};

Domain.prototype.add = function(ee) {
  if (ee.domain === this) return;
  if (ee.domain) ee.domain.remove(ee);
  // A domain added to a domain joins its parent chain only; a cycle would
  // make errors loop, so a member that is an ancestor is refused.
  if (this.domain && ee instanceof Domain) {
    for (let d = this.domain; d; d = d.domain) {
      if (ee === d) return;
    }
  }
  Object.defineProperty(ee, 'domain', { value: this, writable: true, enumerable: false, configurable: true });
  this.members.push(ee);
};

Domain.prototype.remove = function(ee) {
  ee.domain = null;
  const index = this.members.indexOf(ee);
  if (index !== -1) this.members.splice(index, 1);
};

function runBound(self, cb, that, args) {
  self.enter();
  const ret = Reflect.apply(cb, that, args);
  self.exit();
  return ret;
}

Domain.prototype.bind = function(cb) {
  const self = this;
  function runBoundCallback(...args) {
    return runBound(self, cb, this, args);
  }
  Object.defineProperty(runBoundCallback, 'domain', { value: this, writable: true, enumerable: false, configurable: true });
  return runBoundCallback;
};

Domain.prototype.intercept = function(cb) {
  const self = this;
  function runIntercepted(...args) {
    const er = args[0];
    if (er && er instanceof Error) {
      er.domainBound = cb;
      er.domainThrown = false;
      Object.defineProperty(er, 'domain', { value: self, writable: true, enumerable: false, configurable: true });
      self.emit('error', er);
      return undefined;
    }
    return runBound(self, cb, this, args.slice(1));
  }
  return runIntercepted;
};

function create() {
  return new Domain();
}

exports._stack = stack;
exports.Domain = Domain;
exports.createDomain = create;
exports.create = create;
exports.active = null;
