'use strict';
// Body of the 'events' core module: (exports, require, module, binding);
// binding.errors is require('internal/errors'), binding.waiting() what
// waiting.js does (events.once, events.on, addAbortListener).

const { markThrowSite } = require('internal/errors');
const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let defaultMaxListeners = 10;

const {
  inspect, makeNodeError, invalidArgType, invalidThis, validateFunction, validateBoolean, validateNumber,
} = binding.errors;

// ---- EventEmitter ----

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true, enumerable: false });

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function effectiveMaxListeners(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return effectiveMaxListeners(this);
};

// A listener's result may be a promise; with captureRejections on, its
// rejection is routed back to the emitter on the next tick.
function captureRejection(emitter, result, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = result.then;
    if (typeof then === 'function') {
      then.call(result, undefined, (err) => {
        process.nextTick(deliverRejection, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function deliverRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  const saved = emitter[kCapture];
  // A rejecting 'error' listener must not loop back into itself.
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = saved;
  }
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error' || events === undefined) {
    if (type !== 'error') return false;
    if (events !== undefined && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
  }
  // The throw lines read as Node's do: a fatal report quotes them.
  if (type === 'error' && (events === undefined || events.error === undefined)) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) {
      markEmitSite(this, er);
      throw markThrowSite(er, 'node:events', "      throw er; // Unhandled 'error' event", 7);
    }
    let shown;
    try {
      shown = inspect(er);
    } catch {
      shown = er;
    }
    const err = makeNodeError(Error, 'ERR_UNHANDLED_ERROR', `Unhandled error. (${shown})`);
    err.context = er;
    throw markThrowSite(err, 'node:events', "    throw err; // Unhandled 'error' event", 5);
  }

  const handler = events[type];
  if (handler === undefined) return false;
  // Most events carry up to two values: call() takes them from the
  // stack, where apply() would copy the array first.
  const argc = args.length;
  let result;
  if (typeof handler === 'function') {
    if (argc === 1) result = handler.call(this, args[0]);
    else if (argc === 0) result = handler.call(this);
    else if (argc === 2) result = handler.call(this, args[0], args[1]);
    else result = handler.apply(this, args);
    // != null: neither undefined nor null, in one comparison.
    if (result != null) captureRejection(this, result, type, args);
    return true;
  }
  // Listeners added or removed while emitting do not affect this emit.
  const list = handler.slice();
  for (let i = 0; i < list.length; i++) {
    if (argc === 1) result = list[i].call(this, args[0]);
    else if (argc === 0) result = list[i].call(this);
    else if (argc === 2) result = list[i].call(this, args[0], args[1]);
    else result = list[i].apply(this, args);
    if (result != null) captureRejection(this, result, type, args);
  }
  return true;
};

// emitWith(emitter, type, argc, a, b) is emitter.emit(type, a, b) with argc
// of the values given (at most two), for core modules' own events: while
// emit is EventEmitter's, no rest array is made. 'error', an emitter with an
// emit of its own and a listener's result go the usual way.
const ownEmit = EventEmitter.prototype.emit;
function emitWith(emitter, type, argc, a, b) {
  const events = emitter._events;
  if (events === undefined || type === 'error' || emitter.emit !== ownEmit) {
    return slowEmitWith(emitter, type, argc, a, b);
  }
  const handler = events[type];
  if (handler === undefined) return false;
  let result;
  if (typeof handler === 'function') {
    if (argc === 1) result = handler.call(emitter, a);
    else if (argc === 0) result = handler.call(emitter);
    else result = handler.call(emitter, a, b);
    if (result != null && emitter[kCapture]) captureRejection(emitter, result, type, argsOf(argc, a, b));
    return true;
  }
  const list = handler.slice();
  for (let i = 0; i < list.length; i++) {
    if (argc === 1) result = list[i].call(emitter, a);
    else if (argc === 0) result = list[i].call(emitter);
    else result = list[i].call(emitter, a, b);
    if (result != null && emitter[kCapture]) captureRejection(emitter, result, type, argsOf(argc, a, b));
  }
  return true;
}

function slowEmitWith(emitter, type, argc, a, b) {
  const emit = emitter.emit;
  switch (argc) {
    case 0: return emit.call(emitter, type);
    case 1: return emit.call(emitter, type, a);
    default: return emit.call(emitter, type, a, b);
  }
}
require('internal/fast_paths').emitWith = emitWith;

function argsOf(argc, a, b) {
  return argc === 0 ? [] : argc === 1 ? [a] : [a, b];
}

// The runtime's fatal report calls er[kEnhanceStack]() for the stack it
// prints: the error's own stack, then where the 'error' event was emitted.
const kEnhanceStack = Symbol.for('gocluster.enhanceStackBeforeInspector');

function markEmitSite(emitter, er) {
  try {
    const site = {};
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(site, EventEmitter.prototype.emit);
    Object.defineProperty(er, kEnhanceStack, {
      value: enhanceStack.bind(emitter, er, site),
      configurable: true,
    });
  } catch {
    // Only a nicer report is lost.
  }
}

// Where the longest run (over 3) of frames b shares with a starts in a.
function sharedFrames(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1 || b.length - pos <= 3) continue;
    const most = Math.min(a.length - i, b.length - pos);
    let len = 1;
    while (len < most && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

function enhanceStack(err, site) {
  let where = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') where = ` on ${name} instance`;
  } catch {
    // A throwing constructor getter just leaves the name out.
  }
  const errFrames = String(err.stack).split('\n').slice(1);
  const siteFrames = String(site.stack).split('\n').slice(1);
  const { len, offset } = sharedFrames(siteFrames, errFrames);
  if (len > 0) siteFrames.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  return `${err.stack}\nEmitted 'error' event${where} at:\n${siteFrames.join('\n')}`;
}

function warnLeak(target, type, count, max) {
  const warning = new Error(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
    `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = target;
  warning.type = type;
  warning.count = count;
  process.emitWarning(warning);
}

function insertListener(target, type, listener, prepend) {
  // The check's call only when it will throw (listeners come and go per request).
  if (typeof listener !== 'function') checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      // A 'newListener' handler may have replaced the table.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const max = effectiveMaxListeners(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    warnLeak(target, type, existing.length, max);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  // The common case, a first listener for its type with nobody watching
  // 'newListener', without insertListener's call.
  const events = this._events;
  if (events !== undefined && typeof listener === 'function' &&
      events.newListener === undefined && events[type] === undefined) {
    events[type] = listener;
    this._eventsCount++;
    return this;
  }
  return insertListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return insertListener(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  if (typeof listener !== 'function') checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let at = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        at = i;
        break;
      }
    }
    if (at < 0) return this;
    if (at === 0) list.shift();
    else if (at === list.length - 1) list.pop();
    else list.splice(at, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

// A rest parameter, not arguments: whether a type was given at all counts,
// and goja builds an arguments object key by key on every call.
EventEmitter.prototype.removeAllListeners = function removeAllListeners(...given) {
  const type = given[0];
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners nobody can observe the order.
  if (events.removeListener === undefined) {
    if (given.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (given.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};
// Node's declares one parameter, (type).
Object.defineProperty(EventEmitter.prototype.removeAllListeners, 'length', { value: 1 });

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const found = events[type];
  if (found === undefined) return [];
  if (typeof found === 'function') return unwrap ? [found.listener || found] : [found];
  if (!unwrap) return found.slice();
  return found.map((fn) => (typeof fn.listener === 'function' ? fn.listener : fn));
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const found = events[type];
    if (typeof found === 'function') {
      if (listener != null) return listener === found || listener === found.listener ? 1 : 0;
      return 1;
    }
    if (found !== undefined) {
      if (listener == null) return found.length;
      let n = 0;
      for (const fn of found) if (fn === listener || fn.listener === listener) n++;
      return n;
    }
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---- statics ----

// EventTarget lives in its own internal module, loaded only when needed
// (it requires this one).
let web;
function webEvents() {
  if (web === undefined) web = require('internal/event_target');
  return web;
}

function isEventTarget(value) {
  return value != null && typeof value === 'object' && webEvents().isEventTarget(value);
}

// once, on and addAbortListener do their work in internal/events/waiting,
// loaded on first call: most programs never wait for an event this way.
let waitingPart;
const waiting = () => (waitingPart ??= binding.waiting());

function addAbortListener(signal, listener) {
  return waiting().addAbortListener(signal, listener);
}

async function once(emitter, name, options = {}) {
  return waiting().once(emitter, name, options);
}

function on(emitter, event, options = {}) {
  return waiting().on(emitter, event, options);
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) return webEvents().listenersOf(emitterOrTarget, type);
  throw invalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return effectiveMaxListeners(emitterOrTarget);
  if (emitterOrTarget?.[kMaxEventTargetListeners]) return emitterOrTarget[kMaxEventTargetListeners];
  throw invalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

let AsyncResourceEmitter;
function asyncResourceEmitter() {
  if (AsyncResourceEmitter) return AsyncResourceEmitter;
  const { AsyncResource } = require('async_hooks');
  const kResource = Symbol('kAsyncResource');
  AsyncResourceEmitter = class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource && typeof options?.name !== 'string') {
          throw invalidArgType('options.name', 'string', options?.name);
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kResource] = new AsyncResource(name, options);
      this[kResource].eventEmitter = this;
    }
    emit(event, ...args) {
      return resourceOf(this).runInAsyncScope(super.emit, this, event, ...args);
    }
    emitDestroy() { resourceOf(this).emitDestroy(); }
    get asyncId() { return resourceOf(this).asyncId(); }
    get triggerAsyncId() { return resourceOf(this).triggerAsyncId(); }
    get asyncResource() { return resourceOf(this); }
  };
  const resourceOf = (self) => {
    const resource = self?.[kResource];
    if (resource === undefined) throw invalidThis('EventEmitterAsyncResource');
    return resource;
  };
  return AsyncResourceEmitter;
}

// Same key order as Node, so util.inspect(require('events')) matches.
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  get: asyncResourceEmitter, enumerable: true, configurable: true,
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  get() { return defaultMaxListeners; },
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
  enumerable: true,
});
Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false },
  kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false },
});
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw invalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};
EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // The object brought its own table (e.g. init ran twice): keep its keys.
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

module.exports = EventEmitter;

