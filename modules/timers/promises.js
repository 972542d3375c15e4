'use strict';
// require('timers/promises'): the timer functions as promises, with
// AbortSignal support and the `ref` option. As in node, bad arguments
// reject the promise (setInterval's iterator: its first next()) instead of
// throwing.

const timers = require('timers');
const {
  invalidArgType, AbortError, validateAbortSignal, validateBoolean, validateNumber, makeNodeError,
} = require('internal/errors');

function abortError(signal) {
  return new AbortError(undefined, signal && signal.reason !== undefined ? { cause: signal.reason } : undefined);
}

// Unlike the callback timers, these take only a number (or nothing) as
// the delay, as node's.
function checkDelay(delay) {
  if (delay !== undefined) validateNumber(delay, 'delay');
}

function checkOptions(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function schedule(start, cancel, value, options, delay) {
  let signal, ref;
  try {
    checkDelay(delay);
    ({ signal, ref } = checkOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const handle = start(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    function onAbort() {
      cancel(handle);
      reject(abortError(signal));
    }
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}

function setTimeout(after, value, options = {}) {
  return schedule((cb) => timers.setTimeout(cb, after), timers.clearTimeout, value, options, after);
}

function setImmediate(value, options = {}) {
  return schedule((cb) => timers.setImmediate(cb), timers.clearImmediate, value, options);
}

// Shaped as node's async generator (goja compiles no async generators in
// core code): the arguments are checked and the interval starts at the
// first next(); ticks that came while nobody waited are yielded one by one;
// an abort rejects the waiting next() and ends the iteration. Calls queue
// as a generator's do: a return() or throw() made while a next() waits for
// a tick takes effect after it.
const IntervalIteratorPrototype = {
  next() { return this[kStep]('next'); },
  return(v) { return this[kStep]('return', v); },
  throw(e) { return this[kStep]('throw', e); },
  [Symbol.asyncIterator]() { return this; },
};
Object.defineProperty(IntervalIteratorPrototype, Symbol.toStringTag, { value: 'AsyncGenerator', configurable: true });
for (const k of ['next', 'return', 'throw']) {
  Object.defineProperty(IntervalIteratorPrototype, k, { enumerable: false });
}
const kStep = Symbol('step');

function setInterval(after, value, options = {}) {
  let started = false;
  let done = false;
  let signal;
  let timer;
  let ticks = 0; // ticks not yielded yet
  let waiting = null; // the next() waiting for a tick
  const queue = []; // the calls made while it waits
  const finish = () => {
    done = true;
    if (timer) timers.clearInterval(timer);
    if (signal) signal.removeEventListener('abort', onAbort);
  };
  function onAbort() {
    timers.clearInterval(timer);
    if (waiting === null) return;
    const w = waiting;
    waiting = null;
    finish();
    w.reject(abortError(signal));
    runQueued();
  }
  function start() {
    started = true;
    checkDelay(after);
    let ref;
    ({ signal, ref } = checkOptions(options));
    if (signal && signal.aborted) throw abortError(signal);
    timer = timers.setInterval(() => {
      if (waiting === null) {
        ticks++;
        return;
      }
      const w = waiting;
      waiting = null;
      w.resolve({ value, done: false });
      runQueued();
    }, after);
    if (!ref) timer.unref();
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  }
  // run settles one call now, or makes it the waiting next().
  function run({ kind, arg, resolve, reject }) {
    if (done || (!started && kind !== 'next')) {
      done = true;
      if (kind === 'throw') reject(arg);
      else resolve({ value: kind === 'return' ? arg : undefined, done: true });
      return;
    }
    if (kind !== 'next') {
      finish();
      if (kind === 'throw') reject(arg);
      else resolve({ value: arg, done: true });
      return;
    }
    if (!started) {
      try {
        start();
      } catch (err) {
        finish();
        reject(err);
        return;
      }
    }
    if (ticks > 0) {
      ticks--;
      resolve({ value, done: false });
    } else if (signal && signal.aborted) {
      finish();
      reject(abortError(signal));
    } else {
      waiting = { resolve, reject };
    }
  }
  function runQueued() {
    while (waiting === null && queue.length > 0) run(queue.shift());
  }
  const iterator = Object.create(IntervalIteratorPrototype);
  iterator[kStep] = (kind, arg) => new Promise((resolve, reject) => {
    queue.push({ kind, arg, resolve, reject });
    runQueued();
  });
  Object.defineProperty(iterator, kStep, { enumerable: false });
  return iterator;
}

// scheduler is node's Scheduler: its methods, on the prototype, check
// their receiver, so that taken off the object they throw as node's do.
const kScheduler = Symbol('kScheduler');
function checkScheduler(self) {
  if (self === undefined || self === null) {
    throw new TypeError(`Cannot read properties of ${self} (reading 'Symbol(kScheduler)')`);
  }
  if (!self[kScheduler]) throw makeNodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Scheduler');
}
class Scheduler {
  constructor() {
    throw makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  yield() {
    checkScheduler(this);
    return setImmediate();
  }

  wait(delay, options) {
    checkScheduler(this);
    return setTimeout(delay, undefined, options);
  }
}
const scheduler = Object.create(Scheduler.prototype, { [kScheduler]: { value: true, enumerable: true } });

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
