'use strict';
// AbortController and AbortSignal over the EventTarget of events.

const { nodeError, invalidArgType, describeReceived, markThrowSite } = require('internal/errors');
const { EventTarget, Event } = require('internal/event_target');
const { DOMException } = binding.parts.domexception;

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kHandler = Symbol('kOnAbort');
const kSignal = Symbol('kSignal');
const kDependents = Symbol('kDependents');
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
let allowConstruct = false;

function invalidThis(type) {
  return nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function isSignal(v) {
  return v != null && typeof v === 'object' && kAborted in v;
}

function checkSignal(v) {
  if (!isSignal(v)) throw invalidThis('AbortSignal');
}

function inspectAs(self, shown, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${require('util').inspect(shown, opts)}`;
}

function newSignal(aborted, reason) {
  allowConstruct = true;
  try {
    const signal = new AbortSignal();
    signal[kAborted] = aborted;
    signal[kReason] = reason;
    return signal;
  } finally {
    allowConstruct = false;
  }
}

// Marks the signal aborted, then any signals made from it by any(), then
// fires 'abort' (a trusted event) at each.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort');
  Object.defineProperty(event, 'isTrusted', { get: () => true, enumerable: true, configurable: false });
  signal.dispatchEvent(event);
  const dependents = signal[kDependents];
  if (dependents) {
    signal[kDependents] = undefined;
    for (const dep of dependents) abortSignal(dep, reason);
  }
}

const abortError = () => new DOMException('This operation was aborted', 'AbortError');

class AbortSignal extends EventTarget {
  constructor() {
    if (!allowConstruct) {
      throw markThrowSite(nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor'),
        'node:internal/abort_controller', '    throw new ERR_ILLEGAL_CONSTRUCTOR();', 5);
    }
    super();
    Object.defineProperty(this, kAborted, { value: false, writable: true });
    Object.defineProperty(this, kReason, { value: undefined, writable: true });
    Object.defineProperty(this, kHandler, { value: undefined, writable: true });
    Object.defineProperty(this, kDependents, { value: undefined, writable: true });
  }

  get aborted() {
    checkSignal(this);
    return this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignal(this);
    // Node's fatal report quotes its own throw line for this one.
    if (this[kAborted]) throw markThrowSite(this[kReason], 'node:internal/abort_controller', '      throw this[kReason];', 7);
  }

  // onabort keeps the place of the listener it first installed, as an
  // event handler attribute does; only the function behind it changes.
  get onabort() {
    checkSignal(this);
    return this[kHandler] === undefined ? null : this[kHandler].handler;
  }

  set onabort(value) {
    checkSignal(this);
    if (this[kHandler] === undefined) {
      const wrapper = function (...args) {
        if (typeof wrapper.handler === 'function') return Reflect.apply(wrapper.handler, this, args);
      };
      wrapper.handler = value;
      this[kHandler] = wrapper;
      this.addEventListener('abort', wrapper);
    } else {
      this[kHandler].handler = value;
    }
  }

  [inspectSymbol](depth, options) {
    return inspectAs(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = abortError()) {
    return newSignal(true, reason);
  }

  static timeout(delay) {
    if (typeof delay !== 'number') throw invalidArgType('delay', 'number', delay);
    if (!Number.isInteger(delay)) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "delay" is out of range. It must be an integer. Received ${delay}`);
    }
    if (delay < 0 || delay > 4294967295) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received ${delay}`);
    }
    const signal = newSignal(false, undefined);
    // The timers module, not the global: user code may replace the global.
    const timer = require('timers').setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "signals" argument must be an instance of Array.${describeReceived(signals)}`);
    }
    signals.forEach((s, i) => {
      if (!isSignal(s)) {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          `The "signals[${i}]" argument must be an instance of AbortSignal.${describeReceived(s)}`);
      }
    });
    const result = newSignal(false, undefined);
    for (const s of signals) {
      if (s[kAborted]) {
        result[kAborted] = true;
        result[kReason] = s[kReason];
        return result;
      }
    }
    for (const s of signals) {
      if (s[kDependents] === undefined) s[kDependents] = [];
      s[kDependents].push(result);
    }
    return result;
  }
}

for (const name of ['aborted', 'reason', 'throwIfAborted', 'onabort']) {
  const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(AbortSignal.prototype, name, desc);
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

// Node keeps the signal in a private field, so the engine's message shows.
function checkController(v) {
  if (v == null || typeof v !== 'object' || !(kSignal in v)) {
    throw new TypeError('Cannot read private member #signal from an object whose class did not declare it');
  }
}

class AbortController {
  constructor() {
    Object.defineProperty(this, kSignal, { value: newSignal(false, undefined) });
  }

  get signal() {
    checkController(this);
    return this[kSignal];
  }

  abort(reason = abortError()) {
    checkController(this);
    abortSignal(this[kSignal], reason);
  }

  [inspectSymbol](depth, options) {
    return inspectAs(this, { signal: this.signal }, depth, options);
  }
}

for (const name of ['signal', 'abort']) {
  const desc = Object.getOwnPropertyDescriptor(AbortController.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(AbortController.prototype, name, desc);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

module.exports = { AbortController, AbortSignal, abortSignal };
