'use strict';
// require('timers/promises'): the timer functions as promises, with
// AbortSignal support and the `ref` option.

const timers = require('timers');
const { invalidArgType } = require('internal/errors');

function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) err.cause = signal.reason;
  return err;
}

function checkOptions(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') throw invalidArgType('options.ref', 'boolean', ref);
  return { signal, ref };
}

function schedule(start, cancel, value, options) {
  const { signal, ref } = checkOptions(options);
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
  return schedule((cb) => timers.setTimeout(cb, after), timers.clearTimeout, value, options);
}

function setImmediate(value, options = {}) {
  return schedule((cb) => timers.setImmediate(cb), timers.clearImmediate, value, options);
}

function setInterval(after, value, options = {}) {
  const { signal, ref } = checkOptions(options);
  let pending = 0;
  let waiting = null;
  let done = false;
  let timer = null;
  const finish = () => {
    done = true;
    if (timer) timers.clearInterval(timer);
  };
  if (signal && signal.aborted) done = true;
  else {
    timer = timers.setInterval(() => {
      pending++;
      if (waiting) {
        const w = waiting;
        waiting = null;
        pending--;
        w.resolve({ value, done: false });
      }
    }, after);
    if (!ref) timer.unref();
    if (signal) {
      signal.addEventListener('abort', () => {
        finish();
        if (waiting) {
          const w = waiting;
          waiting = null;
          w.reject(abortError(signal));
        }
      }, { once: true });
    }
  }
  return {
    next() {
      if (signal && signal.aborted) return Promise.reject(abortError(signal));
      if (done) return Promise.resolve({ value: undefined, done: true });
      if (pending > 0) {
        pending--;
        return Promise.resolve({ value, done: false });
      }
      return new Promise((resolve, reject) => { waiting = { resolve, reject }; });
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
