'use strict';
// require('async_hooks'): AsyncLocalStorage, AsyncResource, createHook and
// the id queries, over internal/async_context.

const ctx = require('internal/async_context');
const { state } = ctx;
const { invalidArgType, makeNodeError } = require('internal/errors');

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'function', value);
}

function executionAsyncId() {
  ctx.activate();
  return state.current.asyncId;
}

function triggerAsyncId() {
  ctx.activate();
  return state.current.triggerAsyncId;
}

function executionAsyncResource() {
  ctx.activate();
  return state.current.resource;
}

let warnedAsyncResource = false;
function warnAsyncResourceProperty() {
  if (warnedAsyncResource) return;
  warnedAsyncResource = true;
  process.emitWarning('The asyncResource property on bound functions is deprecated',
    'DeprecationWarning', 'DEP0172');
}

// --- AsyncResource -----------------------------------------------------------
const kContext = Symbol('asyncContext');

class AsyncResource {
  constructor(type, opts = {}) {
    if (typeof type !== 'string') throw invalidArgType('type', 'string', type);
    let triggerId = opts;
    let manualDestroy = false;
    if (typeof opts !== 'number') {
      triggerId = opts.triggerAsyncId === undefined ? undefined : opts.triggerAsyncId;
      manualDestroy = !!opts.requireManualDestroy;
    }
    if (triggerId !== undefined && (!Number.isSafeInteger(triggerId) || triggerId < -1)) {
      throw makeNodeError(RangeError, 'ERR_INVALID_ASYNC_ID', `Invalid triggerAsyncId value: ${triggerId}`);
    }
    ctx.activate();
    Object.defineProperty(this, kContext, {
      value: ctx.newContext(type, this, triggerId === undefined || triggerId === -1 ? undefined : triggerId),
    });
    // Without requireManualDestroy node destroys the resource when it is
    // collected; gocluster cannot see collection, so destroy fires only
    // from emitDestroy().
    void manualDestroy;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return ctx.runInContext(this[kContext], fn, thisArg, args);
  }

  emitDestroy() {
    ctx.destroyContext(this[kContext]);
    return this;
  }

  asyncId() { return this[kContext].asyncId; }

  triggerAsyncId() { return this[kContext].triggerAsyncId; }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) { return resource.runInAsyncScope(fn, this, ...args); };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get: () => {
          warnAsyncResourceProperty();
          return this;
        },
        set(value) {
          Object.defineProperty(this, 'asyncResource', { value, writable: true, enumerable: true, configurable: true });
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

// --- AsyncLocalStorage -------------------------------------------------------
class AsyncLocalStorage {
  constructor() {
    this.enabled = false;
    ctx.activate();
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const captured = state.current;
    return function runInAsyncScope(fn, ...args) {
      return ctx.runInContext(captured, fn, this, args);
    };
  }

  disable() {
    this.enabled = false;
  }

  getStore() {
    if (!this.enabled) return undefined;
    const stores = state.current.stores;
    return stores === null ? undefined : stores.get(this);
  }

  enterWith(store) {
    this.enabled = true;
    state.current = ctx.withStore(state.current, this, store, true);
  }

  run(store, callback, ...args) {
    this.enabled = true;
    const prev = state.current;
    if (prev.stores !== null && prev.stores.has(this) && Object.is(prev.stores.get(this), store)) {
      return Reflect.apply(callback, null, args);
    }
    state.current = ctx.withStore(prev, this, store, true);
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      state.current = prev;
    }
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    const prev = state.current;
    state.current = ctx.withStore(prev, this, undefined, false);
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      state.current = prev;
    }
  }
}

// --- createHook ----------------------------------------------------------------
const hookNames = ['init', 'before', 'after', 'destroy', 'promiseResolve'];

class AsyncHook {
  constructor(callbacks) {
    const set = { owner: this };
    for (const name of hookNames) {
      const fn = callbacks[name];
      if (fn !== undefined && typeof fn !== 'function') {
        throw makeNodeError(TypeError, 'ERR_ASYNC_CALLBACK', `hook.${name} must be a function`);
      }
      if (fn !== undefined) set[name] = fn;
    }
    Object.defineProperty(this, kContext, { value: set });
  }

  enable() {
    const set = this[kContext];
    if (!ctx.hooks.includes(set)) {
      ctx.activate();
      ctx.hooks.push(set);
    }
    return this;
  }

  disable() {
    const i = ctx.hooks.indexOf(this[kContext]);
    if (i !== -1) ctx.hooks.splice(i, 1);
    return this;
  }
}

function createHook(callbacks) {
  if (callbacks === null || typeof callbacks !== 'object') {
    throw invalidArgType('callbacks', 'object', callbacks);
  }
  return new AsyncHook(callbacks);
}

// Node's provider names (process.binding('async_wrap').Providers).
const asyncWrapProviders = Object.freeze({
  __proto__: null,
  NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4, FILEHANDLECLOSEREQ: 5,
  BLOBREADER: 6, FSEVENTWRAP: 7, FSREQCALLBACK: 8, FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10,
  GETNAMEINFOREQWRAP: 11, HEAPSNAPSHOT: 12, HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15,
  HTTP2SETTINGS: 16, HTTPINCOMINGMESSAGE: 17, HTTPCLIENTREQUEST: 18, JSSTREAM: 19, JSUDPWRAP: 20,
  MESSAGEPORT: 21, PIPECONNECTWRAP: 22, PIPESERVERWRAP: 23, PIPEWRAP: 24, PROCESSWRAP: 25,
  PROMISE: 26, QUERYWRAP: 27, SHUTDOWNWRAP: 28, SIGNALWRAP: 29, STATWATCHER: 30, STREAMPIPE: 31,
  TCPCONNECTWRAP: 32, TCPSERVERWRAP: 33, TCPWRAP: 34, TTYWRAP: 35, UDPSENDWRAP: 36, UDPWRAP: 37,
  SIGINTWATCHDOG: 38, WORKER: 39, WORKERHEAPSNAPSHOT: 40, WRITEWRAP: 41, ZLIB: 42,
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
