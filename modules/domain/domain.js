'use strict';
// require('domain'). A Domain is an EventEmitter with members; the stack
// of entered domains decides process.domain and domain.active. The domain
// current when a callback is scheduled (a timer, a tick, a promise
// reaction, I/O) is current again while it runs: it travels with the async
// context, as AsyncLocalStorage's store does. While a domain with 'error'
// listeners is active, an uncaught exception goes to it instead of
// 'uncaughtException' (the process's exception capture callback), and an
// emitter made inside a domain sends an unhandled 'error' there too.

const EventEmitter = require('events');
const { AsyncLocalStorage, createHook } = require('async_hooks');

const stack = [];
// The domain a callback was scheduled in travels with its async context;
// outside any, process.domain is what was set last (null until a domain
// is first entered, undefined once the last one is left).
let current; // an AsyncLocalStorage, made with the first domain entered
let lastSet = null;

// process.domain becomes an accessor once domains are loaded, as in node.
Object.defineProperty(process, 'domain', {
  get() {
    const d = current === undefined ? undefined : current.getStore();
    return d !== undefined ? d : lastSet;
  },
  set(value) {
    setActive(value);
  },
  enumerable: true,
  configurable: true,
});

// Emitters made after this know that domains are in use.
EventEmitter.usingDomains = true;

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    this.on('newListener', onListenersChanged);
    this.on('removeListener', onListenersChanged);
  }
}

function onListenersChanged(name) {
  if (name === 'error') process.nextTick(updateExceptionCapture);
}

function setActive(d) {
  exports.active = d;
  lastSet = d;
  if (d instanceof Domain) startTracking();
  if (tracking) current.enterWith(d instanceof Domain ? d : undefined);
}

// Uncaught exceptions go to the active domain while any entered domain
// listens for 'error'.
let capturing = false;
function updateExceptionCapture() {
  setCapture(stack.some((d) => d.listenerCount('error') > 0));
}

function setCapture(wanted) {
  if (wanted === capturing) return;
  try {
    process.setUncaughtExceptionCaptureCallback(wanted ? captureUncaught : null);
    capturing = wanted;
  } catch {
    // The program installed a capture callback of its own: it wins.
  }
}

function captureUncaught(er) {
  // The domain the throwing callback entered (its async context is gone
  // by now), else the one it ran in.
  const d = stack.length > 0 ? stack[stack.length - 1] : process.domain;
  if (d && d._errorHandler(er)) return;
  // No domain took it: the exception is fatal, as it would have been.
  throw er;
}

// A timer, immediate, tick or fs callback made inside a domain runs
// entered in it (on the domain stack), as node's domain hook does, so that
// what it throws reaches the domain.
const pairing = new Map(); // asyncId -> domain
// Async context tracking starts with the first domain entered: loading
// the module alone changes nothing (process.nextTick stays the same).
let tracking = false;
function startTracking() {
  if (tracking) return;
  tracking = true;
  current = new AsyncLocalStorage();
  hook.enable();
}
const hook = createHook({
  init(asyncId) {
    const d = process.domain;
    if (d) pairing.set(asyncId, d);
  },
  before(asyncId) {
    const d = pairing.get(asyncId);
    if (d !== undefined) d.enter();
  },
  after(asyncId) {
    const d = pairing.get(asyncId);
    if (d !== undefined) d.exit();
  },
  destroy(asyncId) {
    pairing.delete(asyncId);
  },
});

Domain.prototype.enter = function() {
  stack.push(this);
  setActive(this);
  updateExceptionCapture();
};

// exit leaves this domain and every domain entered after it.
Domain.prototype.exit = function() {
  const index = stack.lastIndexOf(this);
  if (index === -1) return;
  stack.splice(index);
  setActive(stack[stack.length - 1]);
  updateExceptionCapture();
};

Domain.prototype.run = function(fn, ...args) {
  this.enter();
  const ret = Reflect.apply(fn, this, args);
  this.exit();
  return ret;
};

// An uncaught exception in this domain: err.domain and err.domainThrown,
// then the domain's 'error' listeners, run outside it (in its parent, if
// any, which also takes what they throw). Every domain is left afterwards:
// an uncaught exception ends the callback it came from.
Domain.prototype._errorHandler = function(er) {
  if ((er !== null && typeof er === 'object') || typeof er === 'function') {
    Object.defineProperty(er, 'domain', { value: this, writable: true, enumerable: false, configurable: true });
    er.domainThrown = true;
  }
  while (exports.active === this) this.exit();
  let caught = false;
  try {
    if (stack.length === 0) {
      // Outermost: no listener means no 'error' event (it would throw), so
      // the process's own handling goes on.
      if (this.listenerCount('error') > 0) {
        setCapture(false);
        try {
          caught = this.emit('error', er);
        } finally {
          updateExceptionCapture();
        }
      }
    } else {
      try {
        caught = this.emit('error', er);
      } catch (er2) {
        updateExceptionCapture();
        if (stack.length === 0) throw er2;
        const parent = stack[stack.length - 1];
        setActive(parent);
        caught = parent._errorHandler(er2);
      }
    }
  } finally {
    // No domain stays entered past the callback the exception ended.
    domainUncaughtExceptionClear();
  }
  return caught;
};

// An 'uncaughtException' listener runs with no domain entered: the first
// listener, while the program has any, leaves them all.
function domainUncaughtExceptionClear() {
  stack.length = 0;
  setActive(null);
  updateExceptionCapture();
}
process.on('newListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== domainUncaughtExceptionClear) {
    process.removeListener(name, domainUncaughtExceptionClear);
    process.prependListener(name, domainUncaughtExceptionClear);
  }
});
process.on('removeListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== domainUncaughtExceptionClear) {
    const rest = process.listeners('uncaughtException');
    if (rest.length === 1 && rest[0] === domainUncaughtExceptionClear) process.removeListener(name, domainUncaughtExceptionClear);
  }
});

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

// Emitters remember the domain they were made in (a hidden property, null
// outside any domain)...
const init = EventEmitter.init;
EventEmitter.init = function(opts) {
  Object.defineProperty(this, 'domain', { value: null, writable: true, enumerable: false, configurable: true });
  const active = process.domain;
  if (active && !(this instanceof Domain)) this.domain = active;
  return Reflect.apply(init, this, [opts]);
};

// ...and emit inside it; an 'error' nobody listens for goes to the domain,
// emitted outside it.
const emit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(...args) {
  const d = this.domain;
  if (d === null || d === undefined || this === process) return Reflect.apply(emitOriginal, this, args);
  if (args[0] === 'error' && this.listenerCount('error') === 0) {
    // As node: a falsy error (none, null, false) becomes ERR_UNHANDLED_ERROR.
    const er = args.length > 1 && args[1] ? args[1] :
      require('internal/errors').makeNodeError(Error, 'ERR_UNHANDLED_ERROR', 'Unhandled error.');
    if (er !== null && typeof er === 'object') {
      er.domainEmitter = this;
      Object.defineProperty(er, 'domain', { value: d, writable: true, enumerable: false, configurable: true });
      er.domainThrown = false;
    }
    const saved = stack.slice();
    const savedActive = exports.active;
    // The domain (and its repeats on top of the stack) is left while its
    // handler runs.
    while (stack.length > 0 && stack[stack.length - 1] === d) stack.pop();
    setActive(stack.length > 0 ? stack[stack.length - 1] : null);
    updateExceptionCapture();
    try {
      d.emit('error', er);
    } finally {
      stack.length = 0;
      stack.push(...saved);
      setActive(savedActive);
      updateExceptionCapture();
    }
    return false;
  }
  d.enter();
  try {
    return Reflect.apply(emitOriginal, this, args);
  } finally {
    d.exit();
  }
};
const emitOriginal = emit;
