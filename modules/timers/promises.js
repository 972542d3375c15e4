'use strict';
// require('timers/promises'): the timer functions as promises, with
// AbortSignal support and the `ref` option. As in node, bad arguments
// reject the promise (setInterval's iterator: its first next()) instead of
// throwing.

const timers = require('timers');
const {
  invalidArgType, AbortError, validateAbortSignal, validateBoolean, validateNumber,
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
// an abort rejects the waiting next() and ends the iteration.
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
  let ticks = 0;
  const waiters = [];
  const finish = () => {
    done = true;
    if (timer) timers.clearInterval(timer);
    if (signal) signal.removeEventListener('abort', onAbort);
  };
  const finished = () => Promise.resolve({ value: undefined, done: true });
  function onAbort() {
    timers.clearInterval(timer);
    if (waiters.length === 0) return;
    finish();
    waiters.shift().reject(abortError(signal));
    for (const w of waiters.splice(0)) w.resolve({ value: undefined, done: true });
  }
  function start() {
    started = true;
    checkDelay(after);
    let ref;
    ({ signal, ref } = checkOptions(options));
    if (signal && signal.aborted) throw abortError(signal);
    timer = timers.setInterval(() => {
      if (waiters.length > 0) waiters.shift().resolve({ value, done: false });
      else ticks++;
    }, after);
    if (!ref) timer.unref();
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  }
  const iterator = Object.create(IntervalIteratorPrototype);
  iterator[kStep] = (kind, arg) => {
    if (done || (!started && kind !== 'next')) {
      done = true;
      return kind === 'throw' ? Promise.reject(arg) : Promise.resolve({ value: kind === 'return' ? arg : undefined, done: true });
    }
    if (kind !== 'next') {
      finish();
      return kind === 'throw' ? Promise.reject(arg) : Promise.resolve({ value: arg, done: true });
    }
    if (!started) {
      try {
        start();
      } catch (err) {
        finish();
        return Promise.reject(err);
      }
    }
    if (waiters.length > 0) return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    if (ticks > 0) {
      ticks--;
      return Promise.resolve({ value, done: false });
    }
    if (signal && signal.aborted) {
      finish();
      return Promise.reject(abortError(signal));
    }
    return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
  };
  Object.defineProperty(iterator, kStep, { enumerable: false });
  return iterator;
}

const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
