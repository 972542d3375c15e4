'use strict';
// stream.finished (end-of-stream): call back once a stream is done reading
// and/or writing, has failed, or closed too early.

const EE = require('events');
const utils = binding.load('utils');
const { codes, errors, thrown, validate } = utils;

const nop = () => {};
const kDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

function once(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

// Runs fn once signal aborts; returns what stops that.
function onAbort(signal, fn) {
  const disposable = EE.addAbortListener(signal, fn);
  return () => disposable[kDispose]();
}

function isRequest(stream) {
  return stream.setHeader && typeof stream.abort === 'function';
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validate(errors.validateObject, options, 'options');
  }
  validate(errors.validateFunction, callback, 'callback');
  validate(errors.validateAbortSignal, options.signal, 'options.signal');
  callback = once(callback);

  if (!utils.isNodeStream(stream)) {
    if (utils.isReadableStream(stream) || utils.isWritableStream(stream)) return eosWeb(stream, options, callback);
    throw thrown(errors.invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream), 'node:internal/streams/end-of-stream',
      "    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);");
  }

  const readable = options.readable ?? utils.isReadableNodeStream(stream);
  const writable = options.writable ?? utils.isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  // When 'close' is sure to come, it alone decides.
  let willEmitClose = utils.willEmitClose(stream) &&
    utils.isReadableNodeStream(stream) === readable &&
    utils.isWritableNodeStream(stream) === writable;
  let writableFinished = utils.isWritableFinished(stream, false);
  let readableFinished = utils.isReadableFinished(stream, false);
  let closed = utils.isClosed(stream);

  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };
  const onerror = (err) => {
    callback.call(stream, err);
  };
  const onclose = () => {
    closed = true;
    const errored = utils.isWritableErrored(stream) || utils.isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && utils.isReadableNodeStream(stream, true) &&
        !utils.isReadableFinished(stream, false)) {
      return callback.call(stream, codes.prematureClose());
    }
    if (writable && !writableFinished && !utils.isWritableFinished(stream, false)) {
      return callback.call(stream, codes.prematureClose());
    }
    callback.call(stream);
  };
  const onclosed = () => {
    closed = true;
    const errored = utils.isWritableErrored(stream) || utils.isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };
  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    // Legacy streams: no state to look at.
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  // Already over: report on the next tick.
  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || utils.isReadable(stream)) &&
             (writableFinished || utils.isWritable(stream) === false) &&
             (wState == null || wState.pendingcb === undefined || wState.pendingcb === 0)) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || utils.isWritable(stream)) &&
             (readableFinished || utils.isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    callback = callbackWithSignal(stream, signal, callback, () => {
      const last = callback;
      cleanup();
      last.call(stream, new errors.AbortError(undefined, { cause: signal.reason }));
    });
  }
  return cleanup;
}

// With a signal, abort() runs once it aborts (and calls back with an
// AbortError); the callback returned stops listening to the signal.
function callbackWithSignal(stream, signal, callback, abort) {
  if (signal.aborted) {
    process.nextTick(abort);
    return callback;
  }
  const stop = onAbort(signal, abort);
  return once(function(...args) {
    stop();
    Reflect.apply(callback, stream, args);
  });
}

// finished() on a web ReadableStream/WritableStream: called back once it
// closes or fails (its error), as a promise reaction and then a tick.
function eosWeb(stream, options, callback) {
  let aborted = false;
  const signal = options.signal;
  if (signal) {
    callback = callbackWithSignal(stream, signal, callback, () => {
      aborted = true;
      callback.call(stream, new errors.AbortError(undefined, { cause: signal.reason }));
    });
  }
  require('internal/webstreams').internals.whenSettled(stream, (errored, error) => {
    queueMicrotask(() => {
      if (!aborted) process.nextTick(() => callback.call(stream, errored ? error : undefined));
    });
  });
  return nop;
}

// finished() as a promise (stream/promises); { cleanup: true } removes the
// listeners once settled.
function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = {};
  if (opts && opts.cleanup) {
    validate(errors.validateBoolean, opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

module.exports = { eos, finished, once, onAbort };
