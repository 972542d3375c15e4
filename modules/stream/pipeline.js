'use strict';
// pipeline(): connect streams, iterables and async functions in a row,
// destroy them all on the first failure, and call back once everything is
// done. The async iteration is spelled out by hand (no for-await in core).

const utils = binding.load('utils');
const { errors, codes, aggregateTwoErrors, thrown, validate } = utils;
const returnSite = '          throw new ERR_INVALID_RETURN_VALUE(';
const argTypeSite = '        throw new ERR_INVALID_ARG_TYPE(';
const destroyImpl = binding.load('destroy');
const { eos, once, onAbort } = binding.load('eos');

let Duplex;
let PassThrough;
let Readable;

function lazyClasses() {
  if (Duplex === undefined) {
    ({ Duplex, PassThrough } = binding.load('duplex'));
    ({ Readable } = binding.load('readable'));
  }
}

// Tears a member of the pipeline down unless it already finished cleanly.
function destroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => {
    finished = true;
  });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
    finished = !err;
  });
  return {
    destroy: (err) => {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || codes.destroyed('pipe'));
    },
    cleanup,
  };
}

function popCallback(streams) {
  validate(errors.validateFunction, streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}

// What a function in the pipeline receives: an async iterable.
function makeAsyncIterable(val) {
  if (utils.isIterable(val)) return val;
  if (utils.isReadableNodeStream(val)) {
    lazyClasses();
    return { [Symbol.asyncIterator]: () => Readable.prototype[Symbol.asyncIterator].call(val) };
  }
  throw thrown(errors.invalidArgType('val', ['Readable', 'Iterable', 'AsyncIterable'], val), 'node:internal/streams/pipeline',
    '  throw new ERR_INVALID_ARG_TYPE(');
}

// An async iterator over anything for-await accepts; sync values are
// awaited as for-await does.
function asyncIteratorOf(iterable) {
  if (typeof iterable[Symbol.asyncIterator] === 'function') return iterable[Symbol.asyncIterator]();
  const it = iterable[Symbol.iterator]();
  return {
    next() {
      const r = it.next();
      return Promise.resolve(r.value).then((value) => ({ value, done: r.done }));
    },
    return() {
      if (typeof it.return !== 'function') return Promise.resolve({ done: true });
      return Promise.resolve(it.return());
    },
  };
}

// Writes everything an iterable yields into a writable, respecting its
// backpressure; then ends it (if asked) and waits for it to finish.
async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;
  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const cb = onresolve;
      onresolve = null;
      cb();
    }
  };
  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) reject(error);
        else resolve();
      };
    }
  });
  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    const it = asyncIteratorOf(iterable);
    for (;;) {
      const { value, done } = await it.next();
      if (done) break;
      try {
        if (!writable.write(value)) await wait();
      } catch (err) {
        // Leaving a for-await early closes the iterator.
        if (typeof it.return === 'function') {
          try {
            await it.return();
          } catch {
            // The first error is the one reported.
          }
        }
        throw err;
      }
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

// Writes everything an iterable (or a ReadableStream) yields into a web
// WritableStream (or a TransformStream's writable side), waiting for the
// writer to be ready before each chunk.
async function pumpToWeb(readable, writable, finish, { end }) {
  if (utils.isTransformStream(writable)) writable = writable.writable;
  const writer = writable.getWriter();
  try {
    const it = asyncIteratorOf(readable);
    for (;;) {
      const { value, done } = await it.next();
      if (done) break;
      try {
        await writer.ready;
        // Failures show through writer.ready and the stream's state.
        writer.write(value).catch(() => {});
      } catch (err) {
        if (typeof it.return === 'function') await it.return();
        throw err;
      }
    }
    await writer.ready;
    if (end) await writer.close();
    finish();
  } catch (err) {
    try {
      await writer.abort(err);
      finish(err);
    } catch (abortErr) {
      finish(abortErr);
    }
  }
}

function pipeline(...streams) {
  return pipelineImpl(streams, once(popCallback(streams)));
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) {
    throw thrown(errors.missingArgs('streams'), 'node:internal/streams/pipeline', "    throw new ERR_MISSING_ARGS('streams');");
  }
  lazyClasses();

  const ac = new AbortController();
  const signal = ac.signal;
  const outerSignal = opts && opts.signal;
  const lastStreamCleanup = [];
  validate(errors.validateAbortSignal, outerSignal, 'options.signal');

  function abort() {
    finishImpl(new errors.AbortError(undefined, { cause: outerSignal && outerSignal.reason }));
  }
  let stopAbort;
  if (outerSignal) stopAbort = onAbort(outerSignal, abort);

  let error;
  let value;
  const destroys = [];
  let finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  // The first real error wins over a premature close.
  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (stopAbort) stopAbort();
    ac.abort();
    if (final) {
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      process.nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;
    const isLastStream = i === streams.length - 1;

    if (utils.isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = destroyer(stream, reading, writing);
        destroys.push(destroy);
        if (utils.isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }
      // Errors are reported through finish; aborts and premature closes
      // are expected once something else failed.
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
      };
      stream.on('error', onError);
      if (utils.isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(() => { stream.removeListener('error', onError); });
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!utils.isIterable(ret)) {
          throw thrown(errors.invalidReturnValue('Iterable, AsyncIterable or Stream', 'source', ret), 'node:internal/streams/pipeline', returnSite);
        }
      } else if (utils.isIterable(stream) || utils.isReadableNodeStream(stream) || utils.isTransformStream(stream)) {
        ret = stream;
      } else {
        ret = Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      ret = makeAsyncIterable(utils.isTransformStream(ret) ? ret.readable : ret);
      ret = stream(ret, { signal });
      if (reading) {
        if (!utils.isIterable(ret, true)) {
          throw thrown(errors.invalidReturnValue('AsyncIterable', `transform[${i - 1}]`, ret), 'node:internal/streams/pipeline', returnSite);
        }
      } else {
        // The last function's result (a promise or an async iterable) is
        // what the pipeline delivers, through a PassThrough.
        const pt = new PassThrough({ objectMode: true });
        const then = ret && ret.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            process.nextTick(finish);
          }, (err) => {
            pt.destroy(err);
            process.nextTick(finish, err);
          });
        } else if (utils.isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else {
          throw thrown(errors.invalidReturnValue('AsyncIterable or Promise', 'destination', ret), 'node:internal/streams/pipeline', returnSite);
        }
        ret = pt;
        const { destroy, cleanup } = destroyer(ret, false, true);
        destroys.push(destroy);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (utils.isNodeStream(stream)) {
      if (utils.isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, { end });
        if (utils.isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (utils.isTransformStream(ret) || utils.isReadableStream(ret)) {
        finishCount++;
        pumpToNode(ret.readable || ret, stream, finish, { end });
      } else if (utils.isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw invalidVal(ret);
      }
      ret = stream;
    } else if (utils.isWebStream(stream)) {
      if (utils.isReadableNodeStream(ret)) {
        finishCount++;
        pumpToWeb(makeAsyncIterable(ret), stream, finish, { end });
      } else if (utils.isReadableStream(ret) || utils.isIterable(ret)) {
        finishCount++;
        pumpToWeb(ret, stream, finish, { end });
      } else if (utils.isTransformStream(ret)) {
        finishCount++;
        pumpToWeb(ret.readable, stream, finish, { end });
      } else {
        throw invalidVal(ret);
      }
      ret = stream;
    } else {
      ret = Duplex.from(stream);
    }
  }

  if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) process.nextTick(abort);
  return ret;
}

function invalidVal(ret) {
  return thrown(errors.invalidArgType('val',
    ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret), 'node:internal/streams/pipeline', argTypeSite);
}

// src.pipe(dst) with completion tracking on both ends.
function pipe(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(codes.prematureClose());
  });
  // pipeline ends dst itself, after src's 'end'.
  src.pipe(dst, { end: false });
  if (end) {
    const endFn = () => {
      ended = true;
      dst.end();
    };
    if (utils.isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
  } else {
    finish();
  }
  eos(src, { readable: true, writable: false }, (err) => {
    const r = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended && !r.errored && !r.errorEmitted) {
      // Closed after its last push but before 'end': wait for the end.
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

module.exports = { pipeline, pipelineImpl };
