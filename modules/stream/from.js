'use strict';
// Readable, continued, loaded on first use (part "from"): async iteration
// (a hand-written async generator, as core code cannot use async generator
// syntax here) and Readable.from(). Most programs never iterate a stream,
// so this is not compiled with the rest of Readable.

const { Buffer } = require('buffer');
const utils = binding.load('utils');
const { codes, errors, aggregateTwoErrors, thrown } = utils;
const destroyImpl = binding.load('destroy');
const { Readable } = binding.load('readable');

const nop = () => {};
const kAsyncIterator = Symbol.asyncIterator;

// Each iterator's request handler, kept off the object so that its only
// own property is `stream`, as on Node's.
const requests = new WeakMap();

function request(iter, kind, arg) {
  const handle = requests.get(iter);
  if (handle === undefined) {
    return Promise.reject(errors.invalidThis('AsyncGenerator'));
  }
  return handle(kind, arg);
}

// The prototype of the iterators: Object [AsyncGenerator] as in Node.
const iteratorProto = {};
const methods = {
  next(value) { return request(this, 'next', value); },
  return(value) { return request(this, 'return', value); },
  throw(err) { return request(this, 'throw', err); },
};
for (const name of Object.keys(methods)) {
  Object.defineProperty(iteratorProto, name, { value: methods[name], writable: true, configurable: true });
}
Object.defineProperty(iteratorProto, kAsyncIterator, {
  value() { return this; },
  writable: true,
  configurable: true,
});
Object.defineProperty(iteratorProto, Symbol.toStringTag, { value: 'AsyncGenerator', configurable: true });

// What the async generator in Node does: read() until null, then wait for
// 'readable' or the end; on the way out destroy the stream (unless told
// not to on return).
function createAsyncIterator(stream, options) {
  const eos = binding.load('eos').eos;
  let callback = nop; // wakes the pending wait
  let error; // undefined while open; null once ended cleanly
  let state = 'new'; // new | suspended | running | done
  let cleanup;
  const queue = [];

  function onReadable() {
    const cb = callback;
    callback = nop;
    cb();
  }

  function start() {
    stream.on('readable', onReadable);
    cleanup = eos(stream, { writable: false }, (err) => {
      error = err ? aggregateTwoErrors(error, err) : null;
      onReadable();
    });
  }

  function finish() {
    state = 'done';
    const destroyOnReturn = !options || options.destroyOnReturn !== false;
    if ((error || destroyOnReturn) && (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', onReadable);
      cleanup();
    }
  }

  function fail(req, err) {
    error = aggregateTwoErrors(error, err);
    finish();
    settle(req, false, error);
  }

  // One turn of the loop: a chunk, the end, an error, or a wait.
  function step(req) {
    let chunk;
    try {
      chunk = stream.destroyed ? null : stream.read();
    } catch (err) {
      fail(req, err);
      return;
    }
    if (chunk !== null) {
      state = 'suspended';
      // A yield awaits its value first: the result comes a tick later.
      Promise.resolve().then(() => settle(req, true, { value: chunk, done: false }));
    } else if (error) {
      fail(req, error);
    } else if (error === null) {
      finish();
      settle(req, true, { value: undefined, done: true });
    } else {
      callback = () => { Promise.resolve().then(() => step(req)); };
    }
  }

  function settle(req, ok, v) {
    if (ok) req.resolve(v);
    else req.reject(v);
    if (queue.length > 0 && state !== 'running') run(queue.shift());
  }

  function run(req) {
    if (state === 'done') {
      if (req.kind === 'throw') settle(req, false, req.arg);
      else settle(req, true, { value: req.kind === 'return' ? req.arg : undefined, done: true });
      return;
    }
    if (state === 'new') {
      if (req.kind !== 'next') {
        // Never started: no finally block to run.
        state = 'done';
        if (req.kind === 'throw') settle(req, false, req.arg);
        else settle(req, true, { value: req.arg, done: true });
        return;
      }
      state = 'running';
      start();
      step(req);
      return;
    }
    state = 'running';
    if (req.kind === 'next') {
      step(req);
    } else if (req.kind === 'return') {
      // Resumed to return, a generator awaits the value first (a promise
      // job), then runs its finally block (the destroy).
      Promise.resolve(req.arg).then((v) => {
        finish();
        settle(req, true, { value: v, done: true });
      }, (err) => fail(req, err));
    } else {
      fail(req, req.arg);
    }
  }

  const iter = Object.create(iteratorProto);
  requests.set(iter, (kind, arg) => new Promise((resolve, reject) => {
    const req = { kind, arg, resolve, reject };
    if (state === 'running' || queue.length > 0) queue.push(req);
    else run(req);
  }));
  return iter;
}

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

// ---- Readable.from ------------------------------------------------------------

// A stream of class Cls (Readable, or compose's Duplex) reading an iterable.
function fromIterable(Cls, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Cls({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let iterator;
  let isAsync;
  if (iterable && iterable[kAsyncIterator]) {
    isAsync = true;
    iterator = iterable[kAsyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw thrown(errors.invalidArgType('iterable', ['Iterable'], iterable), 'node:internal/streams/from',
      "    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);");
  }

  const readable = new Cls({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;
  // A sync iterator that yields a promise switches to awaiting its values.
  let awaitValues = false;

  readable._read = function() {
    if (reading) return;
    reading = true;
    if (isAsync) pullAsync();
    else if (awaitValues) pullSyncAwaiting();
    else pullSync();
  };

  readable._destroy = function(error, cb) {
    closeIterator(error).then(() => process.nextTick(cb, error), (e) => process.nextTick(cb, e || error));
  };

  async function closeIterator(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // Pushes one value; true when the loop may go on.
  function deliver(value) {
    if (value === null) {
      reading = false;
      throw codes.nullValues();
    }
    if (readable.push(value)) return true;
    reading = false;
    return false;
  }

  function pullSync() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          awaitFirst(value);
          return;
        }
        if (!deliver(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function awaitFirst(promise) {
    awaitValues = true;
    try {
      if (deliver(await promise)) pullSyncAwaiting();
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullSyncAwaiting() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const v = value && typeof value.then === 'function' ? await value : value;
        if (!deliver(v)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullAsync() {
    try {
      for (;;) {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (!deliver(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  return readable;
}

module.exports = { streamToAsyncIterator, fromIterable };
