'use strict';
// Timeout and Immediate objects over the loop's timers (binding).

const TIMEOUT_MAX = 2 ** 31 - 1;
const kHandle = Symbol('handle');
const kRefed = Symbol('refed');
const kCleared = Symbol('cleared');
const kHasPrimitive = Symbol('kHasPrimitive');
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
  // Out of its list while it runs, as node's; an interval goes back in after
  // its callback, started when the callback was.
  const start = this._repeat !== null ? Math.floor(binding.now()) : 0;
  unlinkTimer(this);
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
    } else if (this._repeat !== null) {
      if (this._idlePrev === null) {
        this._idleStart = start;
        linkTimer(this);
      }
    } else if (this._repeat === null && !this[kHandle].active()) {
      this._destroyed = true;
      if (this._id !== undefined) byId.delete(this._id);
    }
  }
}

function fireImmediate() {
  // The first of a batch: immediates set from here on make a new queue.
  if (this === immediateHead) immediateHead = immediateTail = null;
  this._destroyed = true;
  this[kRefed] = null;
  const args = this._argv;
  const ctx = this[kAsync];
  try {
    if (ctx !== undefined) {
      asyncContext.runInContext(ctx, this._onImmediate, this, args === undefined ? [] : args);
      asyncContext.destroyContext(ctx);
    } else if (args === undefined) this._onImmediate();
    else Reflect.apply(this._onImmediate, this, args);
  } finally {
    this._onImmediate = null;
  }
}

// Node keeps pending timers in one list per duration, and immediates in a
// queue; a timer's _idlePrev and _idleNext are its neighbours there (the
// newest timer first), which util.inspect shows and old packages test. The
// loop's own heap decides when they fire; these lists only mirror it.
const customInspect = Symbol.for('nodejs.util.inspect.custom');
let timerListId = Number.MIN_SAFE_INTEGER;
class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }

  // One level deep, as a Timeout.
  [customInspect](depth, options, inspect) {
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }
}
const timerLists = new Map();

function linkTimer(item) {
  const msecs = Math.trunc(item._idleTimeout);
  let list = timerLists.get(msecs);
  if (list === undefined) {
    list = new TimersList(item._idleStart + msecs, msecs);
    timerLists.set(msecs, list);
  }
  item._idleNext = list._idleNext;
  item._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function unlinkTimer(item) {
  const prev = item._idlePrev;
  const next = item._idleNext;
  if (!prev || !next) return;
  next._idlePrev = prev;
  prev._idleNext = next;
  item._idleNext = item._idlePrev = null;
  if (next === prev && next instanceof TimersList) timerLists.delete(next.msecs);
}

let immediateHead = null;
let immediateTail = null;

function unlinkImmediate(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  if (item === immediateHead) immediateHead = item._idleNext;
  if (item === immediateTail) immediateTail = item._idlePrev;
  item._idleNext = item._idlePrev = null;
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
    this._idlePrev = null;
    this._idleNext = null;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = true;
    this[kHasPrimitive] = false;
    if (asyncContext.state.active) Object.defineProperty(this, kAsync, { value: asyncContext.newContext('Timeout', this) });
    Object.defineProperty(this, kHandle, { value: binding.newTimer(this, fireTimeout), enumerable: false });
    this._idleStart = this[kHandle].start(after);
    linkTimer(this);
  }

  // Shown one level deep, as node's: its list neighbours by name only.
  [customInspect](depth, options, inspect) {
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }

  // refresh() re-arms a timer even after it fired, as Node's does; only a
  // cleared one stays stopped.
  refresh() {
    if (!this[kCleared]) {
      this._destroyed = false;
      unlinkTimer(this);
      this._idleStart = this[kHandle].start(this._idleTimeout);
      linkTimer(this);
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
      this[kHasPrimitive] = true;
    }
    return this._id;
  }
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = immediateTail;
    if (immediateTail === null) immediateHead = this;
    else immediateTail._idleNext = this;
    immediateTail = this;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    if (asyncContext.state.active) Object.defineProperty(this, kAsync, { value: asyncContext.newContext('Immediate', this) });
    Object.defineProperty(this, kHandle, { value: binding.newImmediate(this, fireImmediate), enumerable: false });
  }

  // Once it ran or was cleared, neither changes anything.
  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      this[kHandle].setRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      this[kHandle].setRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
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

// util.promisify(setTimeout) and (setImmediate) are timers/promises'
// functions, as in node.
const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(setTimeout, promisifyCustom, {
  enumerable: true,
  get() { return require('timers/promises').setTimeout; },
});

function setInterval(callback, repeat) {
  validateCallback(callback);
  return new Timeout(callback, repeat, restArgs(arguments, 2), true);
}

function clearTimeout(timer) {
  if (timer && timer[kHandle] && timer._onTimeout) {
    timer._onTimeout = null;
    Object.defineProperty(timer, kCleared, { value: true, configurable: true });
    timer[kHandle].stop();
    // A timer that already ran keeps its duration, as in node.
    if (timer._destroyed) return;
    timer._destroyed = true;
    unlinkTimer(timer);
    timer._idleTimeout = -1;
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
Object.defineProperty(setImmediate, promisifyCustom, {
  enumerable: true,
  get() { return require('timers/promises').setImmediate; },
});

// As node's, it marks whatever it is given as a cleared immediate: a
// primitive makes it throw, and a Timeout passed by mistake is taken off
// its list, so it never fires.
function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  if (typeof immediate !== 'object' && typeof immediate !== 'function') {
    throw new TypeError(`Cannot create property '_destroyed' on ${typeof immediate} '${String(immediate)}'`);
  }
  immediate._destroyed = true;
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  const handle = immediate[kHandle];
  if (immediate instanceof Timeout) {
    unlinkTimer(immediate);
    handle.stop();
    return;
  }
  unlinkImmediate(immediate);
  if (handle === undefined) return;
  handle.clear();
  if (immediate[kAsync] !== undefined) asyncContext.destroyContext(immediate[kAsync]);
}

// The legacy API over plain objects (enroll, active, unenroll) is in
// internal/timers/legacy, compiled on first use: few programs call it.
let legacyPart;
const legacy = () => (legacyPart ??= binding.legacy({
  kHandle, kRefed, TIMEOUT_MAX, linkTimer, unlinkTimer, newTimer: binding.newTimer,
}));
// Named and shaped as node's util.deprecate wrappers.
function legacyCall(name) {
  return function deprecated(...args) { return Reflect.apply(legacy()[name], undefined, args); };
}
const enroll = legacyCall('enroll');
const unenroll = legacyCall('unenroll');
const active = legacyCall('active');
const _unrefActive = legacyCall('unrefActive');

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
