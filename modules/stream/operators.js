'use strict';
// The iterator helpers on Readable.prototype (map, filter, take, toArray,
// ...). Node writes them as async generators; here each is an async
// iterable object with next()/return() written out, whose work starts on
// the first next() as a generator's would.

const utils = binding.load('utils');
const { errors, thrown, validate } = utils;
const opsFile = 'node:internal/streams/operators';
const { finished } = binding.load('eos');
const { addAbortSignalNoValidate } = binding.load('abort');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validate(errors.validateObject, options, 'options');
  if (options != null && options.signal != null) validate(errors.validateAbortSignal, options.signal, 'options.signal');
}

function validateFn(fn, name) {
  if (typeof fn !== 'function') {
    throw thrown(errors.invalidArgType(name, ['Function', 'AsyncFunction'], fn), opsFile, '    throw new ERR_INVALID_ARG_TYPE(');
  }
}

// An async iterable whose iterator is made by start() on the first next().
// As with an async generator, a return() that arrives while a next() is
// still running waits for it: the running step finishes its work first.
function lazyIterable(start) {
  let impl;
  let closed = false;
  let running = null; // the promise of the next() in progress
  const settled = (p) => {
    const clear = () => {
      if (running === p) running = null;
    };
    p.then(clear, clear);
    return p;
  };
  const iter = {
    [Symbol.asyncIterator]() { return iter; },
    next() {
      if (closed) return Promise.resolve({ value: undefined, done: true });
      if (!impl) impl = start();
      running = impl.next();
      return settled(running);
    },
    return(value) {
      if (!impl) {
        closed = true;
        return Promise.resolve({ value, done: true });
      }
      if (running) {
        const after = () => impl.return(value);
        return running.then(after, after);
      }
      return impl.return(value);
    },
  };
  return iter;
}

// Steps through any async iterable as for-await does.
function iterate(source) {
  return source[Symbol.asyncIterator]();
}

async function closeIterator(it) {
  if (typeof it.return === 'function') await it.return();
}

function map(fn, options) {
  validateFn(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validate(errors.validateInteger, concurrency, 'options.concurrency', 1);
  validate(errors.validateInteger, highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;
  const stream = this;

  return lazyIterable(() => {
    const signal = AbortSignal.any([options && options.signal].filter(Boolean));
    const signalOpt = { signal };
    const queue = [];
    let next = null; // wakes the consumer
    let resume = null; // wakes the producer
    let done = false;
    let running = 0;
    let shiftPending = false;
    let over = false;

    const afterItem = () => {
      running -= 1;
      maybeResume();
    };
    const onCatch = () => {
      done = true;
      afterItem();
    };
    function maybeResume() {
      if (resume && !done && running < concurrency && queue.length < highWaterMark) {
        resume();
        resume = null;
      }
    }
    function wake() {
      if (next) {
        next();
        next = null;
      }
    }

    // Producer: runs fn over the source, at most `concurrency` at once.
    (async () => {
      const it = iterate(stream);
      try {
        for (;;) {
          const step = await it.next();
          if (step.done) break;
          if (done) {
            await closeIterator(it);
            return;
          }
          if (signal.aborted) {
            await closeIterator(it);
            throw new errors.AbortError();
          }
          let val;
          try {
            val = fn(step.value, signalOpt);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          running += 1;
          val.then(afterItem, onCatch);
          queue.push(val);
          wake();
          if (!done && (queue.length >= highWaterMark || running >= concurrency)) {
            await new Promise((resolve) => { resume = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItem, onCatch);
        queue.push(val);
      } finally {
        done = true;
        wake();
      }
    })();

    function finish() {
      over = true;
      done = true;
      if (resume) {
        resume();
        resume = null;
      }
    }

    return {
      async next() {
        if (over) return { value: undefined, done: true };
        if (shiftPending) {
          shiftPending = false;
          queue.shift();
          maybeResume();
        }
        try {
          for (;;) {
            while (queue.length > 0) {
              const val = await queue[0];
              if (val === kEof) {
                finish();
                return { value: undefined, done: true };
              }
              if (signal.aborted) throw new errors.AbortError();
              if (val !== kEmpty) {
                shiftPending = true;
                // A generator's yield awaits its value: one promise job.
                return { value: await val, done: false };
              }
              queue.shift();
              maybeResume();
            }
            await new Promise((resolve) => { next = resolve; });
          }
        } catch (err) {
          finish();
          throw err;
        }
      },
      async return(value) {
        finish();
        return { value, done: true };
      },
    };
  });
}

// A helper whose body is a loop over the source: step(value) returns
// { yield: v } to produce, { stop: true } to end early, or nothing to skip.
function loopIterable(source, step, before) {
  return lazyIterable(() => {
    const it = iterate(source);
    let over = false;
    return {
      async next() {
        if (over) return { value: undefined, done: true };
        try {
          if (before) before();
          for (;;) {
            const r = await it.next();
            if (r.done) {
              over = true;
              return { value: undefined, done: true };
            }
            let out;
            try {
              out = step(r.value);
            } catch (err) {
              await closeIterator(it);
              throw err;
            }
            if (out && out.stop) {
              over = true;
              await closeIterator(it);
              if (!('yield' in out)) return { value: undefined, done: true };
              return { value: out.yield, done: false };
            }
            if (out) return { value: out.yield, done: false };
          }
        } catch (err) {
          over = true;
          throw err;
        }
      },
      async return(value) {
        if (!over) {
          over = true;
          await closeIterator(it);
        }
        return { value, done: true };
      },
    };
  });
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);
  let index = 0;
  return loopIterable(this, (val) => {
    if (options && options.signal && options.signal.aborted) {
      throw new errors.AbortError({ cause: options.signal.reason });
    }
    return { yield: [index++, val] };
  });
}

function filter(fn, options) {
  validateFn(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return lazyIterable(() => {
    const outer = iterate(values);
    let inner = null;
    return {
      async next() {
        for (;;) {
          if (inner) {
            const r = await inner.next();
            if (!r.done) return r;
            inner = null;
          }
          const o = await outer.next();
          if (o.done) return o;
          const v = o.value;
          inner = typeof v[Symbol.asyncIterator] === 'function' ? v[Symbol.asyncIterator]() : wrapSync(v[Symbol.iterator]());
        }
      },
      async return(value) {
        if (inner) await closeIterator(inner);
        await closeIterator(outer);
        return { value, done: true };
      },
    };
  });
}

function wrapSync(it) {
  return {
    async next() { return it.next(); },
    async return() { return typeof it.return === 'function' ? it.return() : { done: true }; },
  };
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) {
    throw thrown(errors.outOfRange('number', '>= 0', number), opsFile, "    throw new ERR_OUT_OF_RANGE('number', '>= 0', number);");
  }
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const aborted = () => options && options.signal && options.signal.aborted;
  return loopIterable(this, (val) => {
    if (aborted()) throw new errors.AbortError();
    if (number-- <= 0) return { yield: val };
    return undefined;
  }, () => {
    if (aborted()) throw new errors.AbortError();
  });
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const aborted = () => options && options.signal && options.signal.aborted;
  return loopIterable(this, (val) => {
    if (aborted()) throw new errors.AbortError();
    if (number-- > 0) return number <= 0 ? { yield: val, stop: true } : { yield: val };
    return { stop: true };
  }, () => {
    if (aborted()) throw new errors.AbortError();
  });
}

function compose(stream, options) {
  validateOptions(options);
  if (utils.isNodeStream(stream) && !utils.isWritable(stream)) {
    throw thrown(errors.invalidArgValue('stream', stream, 'must be writable'), opsFile,
      "    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');");
  }
  const composed = binding.load('compose').compose(this, stream);
  if (options && options.signal) addAbortSignalNoValidate(options.signal, composed);
  return composed;
}

// ---- promise-returning ----------------------------------------------------------

// The first value a filter lets through, or kEof.
async function firstOf(iterable) {
  const it = iterate(iterable);
  const r = await it.next();
  if (r.done) return kEof;
  await closeIterator(it);
  return r.value;
}

async function some(fn, options = undefined) {
  return (await firstOf(filter.call(this, fn, options))) !== kEof;
}

async function every(fn, options = undefined) {
  validateFn(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  const v = await firstOf(filter.call(this, fn, options));
  return v === kEof ? undefined : v;
}

async function forEach(fn, options) {
  validateFn(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  const it = iterate(map.call(this, forEachFn, options));
  while (!(await it.next()).done);
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options && options.signal && options.signal.aborted) {
    const err = new errors.AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {}); // already reported through the promise
    await finished(this.destroy(err));
    throw err;
  }
  const ac = new AbortController();
  const signal = ac.signal;
  if (options && options.signal) options.signal.addEventListener('abort', () => ac.abort(), { once: true });
  let gotAny = false;
  const it = iterate(this);
  try {
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      gotAny = true;
      try {
        if (options && options.signal && options.signal.aborted) throw new errors.AbortError();
        if (!hasInitialValue) {
          initialValue = r.value;
          hasInitialValue = true;
        } else {
          initialValue = await reducer(initialValue, r.value, { signal });
        }
      } catch (err) {
        await closeIterator(it);
        throw err;
      }
    }
    if (!gotAny && !hasInitialValue) {
      const err = errors.missingArgs('reduce');
      err.message = 'Reduce of an empty stream requires an initial value';
      throw err;
    }
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  const it = iterate(this);
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    if (options && options.signal && options.signal.aborted) {
      await closeIterator(it);
      throw new errors.AbortError(undefined, { cause: options.signal.reason });
    }
    result.push(r.value);
  }
  return result;
}

const deprecatedIndexedPairs = require('util').deprecate(asIndexedPairs,
  'readable.asIndexedPairs will be removed in a future version.');

module.exports = {
  streamReturningOperators: { asIndexedPairs: deprecatedIndexedPairs, drop, filter, flatMap, map, take, compose },
  promiseReturningOperators: { every, forEach, reduce, toArray, some, find },
};
