'use strict';
// events.once(), events.on() and events.addAbortListener(): waiting for
// events with promises, async iterators and AbortSignals. Body of
// (exports, require, module, binding); binding.errors is errors.js.

const {
  invalidArgType, validateFunction, validateInteger, validateAbortSignal, AbortError,
} = binding.errors;

// Listeners put on a signal with this key survive stopImmediatePropagation.
const resistStop = () => require('internal/event_target').kResistStopPropagation;

function addAbortListener(signal, listener) {
  if (signal === undefined) throw invalidArgType('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [resistStop()]: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  const disposable = { __proto__: null };
  const dispose = Symbol.dispose || Symbol.for('nodejs.dispose');
  disposable[dispose] = function() { if (remove) remove(); };
  return disposable;
}

function addAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw invalidArgType('emitter', 'EventEmitter', emitter);
  }
}

function removeAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw invalidArgType('emitter', 'EventEmitter', emitter);
  }
}

// events.once's work: events.js's async once returns what this returns (or
// rejects with what it throws).
function once(emitter, name, options) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      emitter.removeListener(name, onEvent);
      if (signal != null) removeAgnostic(signal, 'abort', onAbort);
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      if (signal != null) removeAgnostic(signal, 'abort', onAbort);
      resolve(args);
    };
    addAgnostic(emitter, name, onEvent, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', onError);
    function onAbort() {
      removeAgnostic(emitter, name, onEvent);
      removeAgnostic(emitter, 'error', onError);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) {
      addAgnostic(signal, 'abort', onAbort, { once: true, [resistStop()]: true });
    }
  });
}

// goja has no Symbol.asyncIterator; esbuild's for-await lowering then looks
// for Symbol.for('Symbol.asyncIterator'), so that is the key to provide.
const kAsyncIterator = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');
// goja cannot parse async generators, so the intrinsic may be out of reach.
let AsyncIteratorPrototype;
try {
  const gen = new Function('return async function* () {}')();
  AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(gen).prototype);
} catch {
  AsyncIteratorPrototype = { [kAsyncIterator]() { return this; } };
}

function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const highWater = options.highWaterMark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWater, 'options.highWaterMark', 1, Number.MAX_SAFE_INTEGER);
  const lowWater = options.lowWaterMark ?? 1;
  validateInteger(lowWater, 'options.lowWaterMark', 1, Number.MAX_SAFE_INTEGER);

  const queued = [];   // argument arrays nobody asked for yet
  const waiting = [];  // next() calls with nothing to return yet
  let pendingError = null;
  let finished = false;
  let paused = false;
  const done = () => ({ value: undefined, done: true });

  const onEvent = (...args) => {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: args, done: false });
      return;
    }
    queued.push(args);
    if (!paused && queued.length > highWater) {
      paused = true;
      emitter.pause();
    }
  };
  const onError = (err) => {
    if (waiting.length > 0) waiting.shift().reject(err);
    else pendingError = err;
    close();
  };
  const onAbort = () => onError(new AbortError(undefined, { cause: signal?.reason }));
  const closeEvents = options.close || [];
  function close() {
    removeAgnostic(emitter, event, onEvent);
    removeAgnostic(emitter, 'error', onError);
    for (const name of closeEvents) removeAgnostic(emitter, name, close);
    if (signal) removeAgnostic(signal, 'abort', onAbort);
    finished = true;
    while (waiting.length > 0) waiting.shift().resolve(done());
    return Promise.resolve(done());
  }

  const iterator = Object.setPrototypeOf({
    next() {
      if (queued.length > 0) {
        const value = queued.shift();
        if (paused && queued.length < lowWater) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (pendingError) {
        const p = Promise.reject(pendingError);
        pendingError = null;
        return p;
      }
      if (finished) return close();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return close();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) throw invalidArgType('EventEmitter.AsyncIterator', 'Error', err);
      onError(err);
    },
    [kAsyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  addAgnostic(emitter, event, onEvent);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', onError);
  for (const name of closeEvents) addAgnostic(emitter, name, close);
  if (signal) addAgnostic(signal, 'abort', onAbort, { once: true, [resistStop()]: true });
  return iterator;
}

module.exports = { addAbortListener, once, on };
