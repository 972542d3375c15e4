// --- ReadableStream -------------------------------------------------------------

class ReadableStream {
  constructor(underlyingSource = undefined, strategy = {}) {
    if (underlyingSource !== undefined && underlyingSource !== null && typeof underlyingSource !== 'object' &&
        typeof underlyingSource !== 'function') {
      throw invalidArgType('source', 'object', underlyingSource);
    }
    if (strategy != null && typeof strategy !== 'object' && typeof strategy !== 'function') {
      throw invalidArgType('strategy', 'object', strategy);
    }
    brand(this, 'ReadableStream');
    initializeReadableStream(this);
    const type = underlyingSource == null ? undefined : underlyingSource.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy != null && strategy.size !== undefined) {
        throw rangeArgValue('strategy.size', strategy.size);
      }
      const hwm = extractHighWaterMark(strategy, 0);
      setUpReadableByteStreamControllerFromUnderlyingSource(this, underlyingSource, hwm);
    } else if (type === undefined) {
      const size = extractSizeAlgorithm(strategy);
      const hwm = extractHighWaterMark(strategy, 1);
      setUpReadableStreamDefaultControllerFromUnderlyingSource(this, underlyingSource, hwm, size);
    } else {
      throw invalidArgValue('source.type', type);
    }
  }

  get locked() {
    checkBrand(this, 'ReadableStream');
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    const bad = brandRejection(this, 'ReadableStream');
    if (bad) return bad;
    if (isReadableStreamLocked(this)) return rejectedWith(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    checkBrand(this, 'ReadableStream');
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw invalidArgType('options', 'object', options);
    }
    const mode = options == null ? undefined : options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw invalidArgValue('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    checkBrand(this, 'ReadableStream');
    const readable = transform == null ? undefined : transform.readable;
    if (!isBrand(readable, 'ReadableStream')) {
      throw invalidArgType('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform.writable;
    if (!isBrand(writable, 'WritableStream')) {
      throw invalidArgType('transform.writable', 'WritableStream', writable);
    }
    const { preventClose, preventAbort, preventCancel, signal } = pipeOptions(options);
    if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
    if (isWritableStreamLocked(writable)) throw invalidState('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, writable, preventClose, preventAbort, preventCancel, signal);
    setHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    const bad = brandRejection(this, 'ReadableStream');
    if (bad) return bad;
    if (!isBrand(destination, 'WritableStream')) {
      return rejectedWith(invalidArgType('transform.writable', 'WritableStream', destination));
    }
    let opts;
    try {
      opts = pipeOptions(options);
    } catch (err) {
      return rejectedWith(err);
    }
    if (isReadableStreamLocked(this)) return rejectedWith(invalidState('The ReadableStream is locked'));
    if (isWritableStreamLocked(destination)) return rejectedWith(invalidState('The WritableStream is locked'));
    return readableStreamPipeTo(this, destination, opts.preventClose, opts.preventAbort, opts.preventCancel,
      opts.signal);
  }

  tee() {
    checkBrand(this, 'ReadableStream');
    return readableStreamTee(this, false);
  }

  values(options = undefined) {
    checkBrand(this, 'ReadableStream');
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw invalidArgType('options', 'object', options);
    }
    const preventCancel = options == null ? false : !!options.preventCancel;
    return createReadableStreamAsyncIterator(this, preventCancel);
  }

  [inspectSymbol](depth, options) {
    const state = this[kState];
    return inspectFields(this, {
      locked: this.locked,
      state: state.state,
      supportsBYOB: isBrand(state.controller, 'ReadableByteStreamController'),
    }, depth, options);
  }

  static from(asyncIterable) {
    return readableStreamFromIterable(asyncIterable);
  }
}

Object.defineProperty(ReadableStream.prototype, kAsyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(ReadableStream.prototype, Symbol.toStringTag, { value: 'ReadableStream', configurable: true });

function pipeOptions(options) {
  if (options != null && typeof options !== 'object' && typeof options !== 'function') {
    throw invalidArgType('options', 'object', options);
  }
  const o = options == null ? {} : options;
  const signal = o.signal;
  if (signal !== undefined && !isAbortSignal(signal)) throw invalidArgType('options.signal', 'AbortSignal', signal);
  return {
    preventAbort: !!o.preventAbort, preventCancel: !!o.preventCancel, preventClose: !!o.preventClose, signal,
  };
}

function isAbortSignal(v) {
  return v != null && typeof v === 'object' && typeof v.aborted === 'boolean' &&
    typeof v.addEventListener === 'function';
}

function initializeReadableStream(stream) {
  stream[kState] = {
    state: 'readable', reader: undefined, storedError: undefined, disturbed: false, controller: undefined,
  };
}

// stream.finished() watches a web stream through whenSettled(): each
// watcher is called once, when the stream closes or fails.
function whenSettled(stream, fn) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    fn(state.state === 'errored', state.storedError);
  } else {
    (state.settledWatchers ||= []).push(fn);
  }
}

function notifySettled(state, errored) {
  const watchers = state.settledWatchers;
  if (watchers === undefined) return;
  state.settledWatchers = undefined;
  for (const fn of watchers) fn(errored, state.storedError);
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

// CreateReadableStream, for streams made by other parts (transform, tee,
// from).
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1,
  sizeAlgorithm = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  brand(stream, 'ReadableStream');
  initializeReadableStream(stream);
  const controller = construct(ReadableStreamDefaultController);
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, sizeAlgorithm);
  return stream;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = Object.create(ReadableStream.prototype);
  brand(stream, 'ReadableStream');
  initializeReadableStream(stream);
  const controller = construct(ReadableByteStreamController);
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0,
    undefined);
  return stream;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return resolvedWith(undefined);
  if (state.state === 'errored') return rejectedWith(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader')) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const req of requests) req.closeSteps(undefined);
  }
  const sourceCancelPromise = state.controller[kCancelSteps](reason);
  return transformPromise(sourceCancelPromise, () => undefined);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  notifySettled(state, false);
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve(undefined);
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const req of requests) req.closeSteps();
  }
}

function readableStreamError(stream, e) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = e;
  notifySettled(state, true);
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closed.reject(e);
  setHandled(reader[kState].closed.promise);
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    readableStreamDefaultReaderErrorReadRequests(reader, e);
  } else {
    readableStreamBYOBReaderErrorReadIntoRequests(reader, e);
  }
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const readRequest = reader[kState].readRequests.shift();
  if (done) readRequest.closeSteps();
  else readRequest.chunkSteps(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBrand(reader, 'ReadableStreamDefaultReader');
}

// --- readers ---------------------------------------------------------------------

const kCancelSteps = Symbol('kCancelSteps');
const kPullSteps = Symbol('kPullSteps');
const kReleaseSteps = Symbol('kReleaseSteps');

function readableStreamReaderGenericInitialize(reader, stream) {
  const rs = reader[kState];
  rs.stream = stream;
  stream[kState].reader = reader;
  rs.closed = newDeferred();
  const state = stream[kState].state;
  if (state === 'closed') {
    rs.closed.resolve(undefined);
  } else if (state === 'errored') {
    rs.closed.reject(stream[kState].storedError);
    setHandled(rs.closed.promise);
  }
}

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericRelease(reader) {
  const rs = reader[kState];
  const stream = rs.stream;
  const err = invalidState('Reader released');
  if (stream[kState].state === 'readable') {
    rs.closed.reject(err);
  } else {
    rs.closed = newDeferred();
    rs.closed.reject(err);
  }
  setHandled(rs.closed.promise);
  stream[kState].controller[kReleaseSteps]();
  stream[kState].reader = undefined;
  rs.stream = undefined;
}

function checkReaderStream(stream) {
  if (!isBrand(stream, 'ReadableStream')) throw invalidArgType('stream', 'ReadableStream', stream);
  if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    checkReaderStream(stream);
    brand(this, 'ReadableStreamDefaultReader');
    this[kState] = { stream: undefined, closed: undefined, readRequests: [] };
    readableStreamReaderGenericInitialize(this, stream);
  }

  read() {
    const bad = brandRejection(this, 'ReadableStreamDefaultReader');
    if (bad) return bad;
    if (this[kState].stream === undefined) {
      return rejectedWith(invalidState('The reader is not attached to a stream'));
    }
    const d = newDeferred();
    readableStreamDefaultReaderRead(this, {
      chunkSteps: (chunk) => d.resolve({ value: chunk, done: false }),
      closeSteps: () => d.resolve({ value: undefined, done: true }),
      errorSteps: (e) => d.reject(e),
    });
    return d.promise;
  }

  releaseLock() {
    checkBrand(this, 'ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  [inspectSymbol](depth, options) {
    const s = this[kState];
    return inspectFields(this, {
      stream: s.stream, readRequests: s.readRequests.length, close: s.closed.promise,
    }, depth, options);
  }
}
defineGenericReaderMembers(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');

// The members both reader classes share (the standard's
// ReadableStreamGenericReader mixin), after each class's own.
function defineGenericReaderMembers(Reader, type) {
  const members = {
    get closed() {
      const bad = brandRejection(this, type);
      if (bad) return bad;
      return this[kState].closed.promise;
    },
    cancel(reason = undefined) {
      const bad = brandRejection(this, type);
      if (bad) return bad;
      if (this[kState].stream === undefined) {
        return rejectedWith(invalidState('The reader is not attached to a stream'));
      }
      return readableStreamReaderGenericCancel(this, reason);
    },
  };
  for (const name of ['closed', 'cancel']) {
    const d = Object.getOwnPropertyDescriptor(members, name);
    d.enumerable = false;
    Object.defineProperty(Reader.prototype, name, d);
  }
  Object.defineProperty(Reader.prototype, Symbol.toStringTag, { value: type, configurable: true });
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') readRequest.closeSteps();
  else if (state.state === 'errored') readRequest.errorSteps(state.storedError);
  else state.controller[kPullSteps](readRequest);
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, invalidState('Releasing reader'));
}

function readableStreamDefaultReaderErrorReadRequests(reader, e) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const req of requests) req.errorSteps(e);
}

function acquireReadableStreamDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

// --- ReadableStreamDefaultController ----------------------------------------------

class ReadableStreamDefaultController {
  constructor() {
    checkConstruct();
    brand(this, 'ReadableStreamDefaultController');
    this[kState] = {};
  }

  get desiredSize() {
    checkBrand(this, 'ReadableStreamDefaultController');
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    checkBrand(this, 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw invalidState('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    checkBrand(this, 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw invalidState('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(e = undefined) {
    checkBrand(this, 'ReadableStreamDefaultController');
    readableStreamDefaultControllerError(this, e);
  }

  [kCancelSteps](reason) {
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    readableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kPullSteps](readRequest) {
    const c = this[kState];
    const stream = c.stream;
    if (queueLength(c) > 0) {
      const chunk = dequeueValue(c);
      if (c.closeRequested && queueLength(c) === 0) {
        readableStreamDefaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        readableStreamDefaultControllerCallPullIfNeeded(this);
      }
      readRequest.chunkSteps(chunk);
    } else {
      readableStreamAddReadRequest(stream, readRequest);
      readableStreamDefaultControllerCallPullIfNeeded(this);
    }
  }

  [kReleaseSteps]() {}

  [inspectSymbol](depth, options) {
    return inspectFields(this, {}, depth, options);
  }
}
Object.defineProperty(ReadableStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamDefaultController', configurable: true,
});

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, readableStreamDefaultControllerShouldCallPull, readableStreamDefaultControllerError);
}

// The pull loop both controllers share: at most one pull at a time, and one
// more when asked for during it.
function callPullIfNeeded(controller, shouldCallPull, error) {
  if (!shouldCallPull(controller)) return;
  const c = controller[kState];
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  uponPromise(c.pullAlgorithm(), () => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      callPullIfNeeded(controller, shouldCallPull, error);
    }
  }, (e) => error(controller, e));
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!c.started) return false;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  c.closeRequested = true;
  if (queueLength(c) === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  const stream = c.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = c.strategySizeAlgorithm(chunk);
    } catch (err) {
      readableStreamDefaultControllerError(controller, err);
      throw err;
    }
    try {
      enqueueValueWithSize(c, chunk, chunkSize);
    } catch (err) {
      readableStreamDefaultControllerError(controller, err);
      throw err;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, e) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  resetQueue(c);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const c = controller[kState];
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
  highWaterMark, sizeAlgorithm) {
  const c = controller[kState];
  c.stream = stream;
  resetQueue(c);
  c.started = false;
  c.closeRequested = false;
  c.pullAgain = false;
  c.pulling = false;
  c.strategySizeAlgorithm = sizeAlgorithm;
  c.strategyHWM = highWaterMark;
  c.pullAlgorithm = pullAlgorithm;
  c.cancelAlgorithm = cancelAlgorithm;
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  uponPromise(resolvedWith(startResult), () => {
    c.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (r) => readableStreamDefaultControllerError(controller, r));
}

function setUpReadableStreamDefaultControllerFromUnderlyingSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = construct(ReadableStreamDefaultController);
  const start = getMethod(source, 'start', 'source');
  const pull = getMethod(source, 'pull', 'source');
  const cancel = getMethod(source, 'cancel', 'source');
  const startAlgorithm = start ? () => start.call(source, controller) : () => undefined;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, controller) : () => resolvedWith(undefined);
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, source, reason) :
    () => resolvedWith(undefined);
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, sizeAlgorithm);
}
