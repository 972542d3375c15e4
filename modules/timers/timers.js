'use strict';
// Timeout and Immediate objects over the loop's timers (binding).

const TIMEOUT_MAX = 2 ** 31 - 1;
const kHandle = Symbol('handle');
const kRefed = Symbol('refed');
const kCleared = Symbol('cleared');
// The async context a timer's callback runs in (async_hooks), once tracked.
const kAsync = Symbol('asyncContext');
const asyncContext = require('internal/async_context');
const byId = new Map();
let nextId = 1;

function fireTimeout() {
  const ctx = this[kAsync];
  if (ctx === undefined) return runTimeout.call(this);
  asyncContext.runInContext(ctx, runTimeout, this, []);
  if (this._destroyed) asyncContext.destroyContext(ctx);
}

function runTimeout() {
  const args = this._timerArgs;
  // As in Node, a one-shot timer counts as destroyed only once its callback
  // has returned (and not if the callback refreshed it). An interval whose
  // callback set _idleTimeout to -1 or dropped _onTimeout ends.
  try {
    if (typeof this._onTimeout !== 'function') return;
    if (args === undefined) this._onTimeout();
    else Reflect.apply(this._onTimeout, this, args);
  } finally {
    if (this._repeat !== null && (this._idleTimeout === -1 || typeof this._onTimeout !== 'function')) {
      this._destroyed = true;
    } else if (this._repeat === null && !this[kHandle].active()) {
      this._destroyed = true;
      if (this._id !== undefined) byId.delete(this._id);
    }
  }
}

function fireImmediate() {
  this._destroyed = true;
  const args = this._argv;
  const ctx = this[kAsync];
  if (ctx !== undefined) {
    asyncContext.runInContext(ctx, this._onImmediate, this, args === undefined ? [] : args);
    asyncContext.destroyContext(ctx);
  } else if (args === undefined) this._onImmediate();
  else Reflect.apply(this._onImmediate, this, args);
}

const { invalidArgType } = require('internal/errors');

function validateCallback(callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
}

function normalizeDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat) {
    after = normalizeDelay(after);
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = true;
    if (asyncContext.state.active) Object.defineProperty(this, kAsync, { value: asyncContext.newContext('Timeout', this) });
    Object.defineProperty(this, kHandle, { value: binding.newTimer(this, fireTimeout), enumerable: false });
    this[kHandle].start(after);
  }

  // refresh() re-arms a timer even after it fired, as Node's does; only a
  // cleared one stays stopped.
  refresh() {
    if (!this[kCleared]) {
      this._destroyed = false;
      this[kHandle].start(this._idleTimeout);
    }
    return this;
  }

  // Called on anything (`t.unref.bind({})`), they change only timers.
  unref() {
    if (this[kHandle]) {
      this[kRefed] = false;
      this[kHandle].setRef(false);
    }
    return this;
  }

  ref() {
    if (this[kHandle]) {
      this[kRefed] = true;
      this[kHandle].setRef(true);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }

  [Symbol.toPrimitive]() {
    if (this._id === undefined) {
      this._id = nextId++;
      byId.set(this._id, this);
    }
    return this._id;
  }
}

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    if (asyncContext.state.active) Object.defineProperty(this, kAsync, { value: asyncContext.newContext('Immediate', this) });
    Object.defineProperty(this, kHandle, { value: binding.newImmediate(this, fireImmediate), enumerable: false });
  }

  ref() {
    this[kRefed] = true;
    this[kHandle].setRef(true);
    return this;
  }

  unref() {
    this[kRefed] = false;
    this[kHandle].setRef(false);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function restArgs(argsObj, from) {
  if (argsObj.length <= from) return undefined;
  return Array.prototype.slice.call(argsObj, from);
}

function setTimeout(callback, after) {
  validateCallback(callback);
  return new Timeout(callback, after, restArgs(arguments, 2), false);
}

function setInterval(callback, repeat) {
  validateCallback(callback);
  return new Timeout(callback, repeat, restArgs(arguments, 2), true);
}

function clearTimeout(timer) {
  if (timer && timer[kHandle] && timer._onTimeout) {
    timer._destroyed = true;
    Object.defineProperty(timer, kCleared, { value: true, configurable: true });
    timer[kHandle].stop();
    if (timer._id !== undefined) byId.delete(timer._id);
    // Cleared from its own callback, it is destroyed once that returns.
    const ctx = timer[kAsync];
    if (ctx !== undefined && asyncContext.state.current !== ctx) asyncContext.destroyContext(ctx);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = byId.get(+timer);
    if (t) clearTimeout(t);
  }
}

function setImmediate(callback) {
  validateCallback(callback);
  return new Immediate(callback, restArgs(arguments, 1));
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !immediate[kHandle]) return;
  immediate._destroyed = true;
  immediate[kHandle].clear();
  if (immediate[kAsync] !== undefined) asyncContext.destroyContext(immediate[kAsync]);
}

// The legacy API over plain objects (item._idleTimeout, item._onTimeout),
// deprecated in node but still used by old packages.
const { outOfRange } = require('internal/errors');
const deprecated = new Set();
function deprecate(name, code, instead) {
  if (deprecated.has(code)) return;
  deprecated.add(code);
  process.emitWarning(`timers.${name}() is deprecated. Please use ${instead} instead.`, 'DeprecationWarning', code);
}

function fireEnrolled() {
  try {
    if (typeof this._onTimeout === 'function') this._onTimeout();
  } finally {
    if (!this[kHandle].active()) this._destroyed = true;
  }
}

function enroll(item, msecs) {
  deprecate('enroll', 'DEP0095', 'setTimeout');
  if (typeof msecs !== 'number') throw invalidArgType('msecs', 'number', msecs);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw outOfRange('msecs', 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    msecs = TIMEOUT_MAX;
  }
  if (item[kHandle]) item[kHandle].stop();
  item._idleTimeout = msecs;
}

function unenroll(item) {
  deprecate('unenroll', 'DEP0096', 'clearTimeout');
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHandle]) item[kHandle].stop();
  item._idleTimeout = -1;
}

function activate(item, refed) {
  const msecs = item._idleTimeout;
  if (msecs === undefined || msecs < 0) return;
  if (!item[kHandle]) {
    Object.defineProperty(item, kHandle, { value: binding.newTimer(item, fireEnrolled), enumerable: false, configurable: true });
  }
  item._destroyed = false;
  item[kHandle].setRef(refed);
  item[kHandle].start(msecs);
}

function active(item) {
  deprecate('active', 'DEP0126', 'timeout.refresh()');
  activate(item, true);
}

function _unrefActive(item) {
  deprecate('_unrefActive', 'DEP0127', 'timeout.refresh()');
  activate(item, false);
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval: clearTimeout,
  _unrefActive,
  active,
  unenroll,
  enroll,
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('timers/promises'); },
});
