// --- byte streams: ReadableByteStreamController, BYOB reader and request -----------

function bytesTypeError(message) {
  return invalidState(message);
}

class ReadableStreamBYOBRequest {
  constructor() {
    checkConstruct();
    brand(this, 'ReadableStreamBYOBRequest');
    this[kState] = { controller: undefined, view: null };
  }

  get view() {
    checkBrand(this, 'ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    checkBrand(this, 'ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    const n = +bytesWritten;
    if (Number.isNaN(n) || n < 0 || n === Infinity) throw rangeArgValue('bytesWritten', bytesWritten);
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespond(controller, Math.trunc(n));
  }

  respondWithNewView(view) {
    checkBrand(this, 'ReadableStreamBYOBRequest');
    if (!isArrayBufferView(view)) throw invalidArgType('view', ['Buffer', 'TypedArray', 'DataView'], view);
    const { controller } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [inspectSymbol](depth, options) {
    const s = this[kState];
    return inspectFields(this, { view: s.view, controller: s.controller }, depth, options);
  }
}
Object.defineProperty(ReadableStreamBYOBRequest.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamBYOBRequest', configurable: true,
});

class ReadableByteStreamController {
  constructor() {
    checkConstruct();
    brand(this, 'ReadableByteStreamController');
    this[kState] = {};
  }

  get byobRequest() {
    checkBrand(this, 'ReadableByteStreamController');
    const c = this[kState];
    if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
        first.byteLength - first.bytesFilled);
      const request = construct(ReadableStreamBYOBRequest);
      request[kState].controller = this;
      request[kState].view = view;
      c.byobRequest = request;
    }
    return c.byobRequest;
  }

  get desiredSize() {
    checkBrand(this, 'ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    checkBrand(this, 'ReadableByteStreamController');
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    checkBrand(this, 'ReadableByteStreamController');
    if (!isArrayBufferView(chunk)) throw invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(e = undefined) {
    checkBrand(this, 'ReadableByteStreamController');
    readableByteStreamControllerError(this, e);
  }

  [kCancelSteps](reason) {
    readableByteStreamControllerClearPendingPullIntos(this);
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    readableByteStreamControllerClearAlgorithms(this);
    return result;
  }

  [kPullSteps](readRequest) {
    const c = this[kState];
    const stream = c.stream;
    if (c.queueTotalSize > 0) {
      readableByteStreamControllerFillReadRequestFromQueue(this, readRequest);
      return;
    }
    const size = c.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(size);
      } catch (err) {
        readRequest.errorSteps(err);
        return;
      }
      c.pendingPullIntos.push({
        buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0,
        elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
      });
    }
    readableStreamAddReadRequest(stream, readRequest);
    readableByteStreamControllerCallPullIfNeeded(this);
  }

  [kReleaseSteps]() {
    const c = this[kState];
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      first.readerType = 'none';
      c.pendingPullIntos = [first];
    }
  }

  [inspectSymbol](depth, options) {
    return inspectFields(this, {}, depth, options);
  }
}
Object.defineProperty(ReadableByteStreamController.prototype, Symbol.toStringTag, {
  value: 'ReadableByteStreamController', configurable: true,
});

// The byte queue holds { buffer, byteOffset, byteLength } entries.
function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const c = controller[kState];
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  readRequest.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const c = controller[kState];
  if (c.queueTotalSize === 0 && c.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, readableByteStreamControllerShouldCallPull, readableByteStreamControllerError);
}

function readableByteStreamControllerShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable' || c.closeRequested || !c.started) return false;
  const reader = stream[kState].reader;
  if (reader !== undefined) {
    if (isBrand(reader, 'ReadableStreamDefaultReader') && reader[kState].readRequests.length > 0) return true;
    if (isBrand(reader, 'ReadableStreamBYOBReader') && reader[kState].readIntoRequests.length > 0) return true;
  }
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null) return;
  c.byobRequest[kState].controller = undefined;
  c.byobRequest[kState].view = null;
  c.byobRequest = null;
}

function readableByteStreamControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function readableByteStreamControllerClose(controller) {
  const c = controller[kState];
  if (c.closeRequested || c.stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      readableByteStreamControllerError(controller, e);
      throw e;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(c.stream);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw invalidState('chunk ArrayBuffer is zero-length or detached');
  const transferredBuffer = transferArrayBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) readableByteStreamControllerShiftPendingPullInto(controller);
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const c = controller[kState];
  const reader = c.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    const readRequest = reader[kState].readRequests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller[kState].queue.push({ buffer, byteOffset, byteLength });
  controller[kState].queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (err) {
    readableByteStreamControllerError(controller, err);
    throw err;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc) {
  if (desc.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, desc.buffer, desc.byteOffset, desc.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc) {
  const c = controller[kState];
  const maxBytesToCopy = Math.min(c.queueTotalSize, desc.byteLength - desc.bytesFilled);
  const maxBytesFilled = desc.bytesFilled + maxBytesToCopy;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % desc.elementSize);
  const currentAlignedBytes = desc.bytesFilled - (desc.bytesFilled % desc.elementSize);
  let remaining = maxBytesToCopy;
  let ready = false;
  if (maxAlignedBytes > currentAlignedBytes) {
    remaining = maxAlignedBytes - desc.bytesFilled;
    ready = true;
  }
  while (remaining > 0) {
    const head = c.queue[0];
    const n = Math.min(remaining, head.byteLength);
    copyBytes(desc.buffer, desc.byteOffset + desc.bytesFilled, head.buffer, head.byteOffset, n);
    if (head.byteLength === n) {
      c.queue.shift();
    } else {
      head.byteOffset += n;
      head.byteLength -= n;
    }
    c.queueTotalSize -= n;
    readableByteStreamControllerFillHeadPullIntoDescriptor(controller, n, desc);
    remaining -= n;
  }
  return ready;
}

function readableByteStreamControllerFillHeadPullIntoDescriptor(controller, size, desc) {
  desc.bytesFilled += size;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const c = controller[kState];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) return;
    const desc = c.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      readableByteStreamControllerCommitPullIntoDescriptor(c.stream, desc);
    }
  }
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, desc) {
  const done = stream[kState].state === 'closed';
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
  if (desc.readerType === 'default') readableStreamFulfillReadRequest(stream, filledView, done);
  else readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

function readableByteStreamControllerConvertPullIntoDescriptor(desc) {
  const buffer = transferArrayBuffer(desc.buffer);
  return makeView(desc.viewConstructor, buffer, desc.byteOffset, desc.bytesFilled / desc.elementSize);
}

// new ctor(buffer, byteOffset, length), without Buffer()'s deprecation
// warning, which is for user code.
function makeView(ctor, buffer, byteOffset, length) {
  if (ctor === Buffer) return Buffer.from(buffer, byteOffset, length);
  return new ctor(buffer, byteOffset, length);
}

function readableByteStreamControllerPullInto(controller, view, readIntoRequest) {
  const c = controller[kState];
  const stream = c.stream;
  let elementSize = 1;
  let ctor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.BYTES_PER_ELEMENT;
    // Node reads back into the view's own class (a Buffer stays a Buffer).
    ctor = view.constructor;
  }
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (err) {
    readIntoRequest.errorSteps(err);
    return;
  }
  const desc = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    elementSize, viewConstructor: ctor, readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(desc);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.closeSteps(makeView(ctor, desc.buffer, desc.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunkSteps(filledView);
      return;
    }
    if (c.closeRequested) {
      const e = invalidState('ReadableStream is already closed');
      readableByteStreamControllerError(controller, e);
      readIntoRequest.errorSteps(e);
      return;
    }
  }
  c.pendingPullIntos.push(desc);
  readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  if (c.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) throw invalidState('Controller is already closed');
  } else {
    if (bytesWritten === 0) throw invalidState('bytesWritten cannot be zero');
    if (first.bytesFilled + bytesWritten > first.byteLength) throw rangeArgValue('bytesWritten', bytesWritten);
  }
  first.buffer = transferArrayBuffer(first.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (c.stream[kState].state === 'closed') {
    readableByteStreamControllerRespondInClosedState(controller, first);
  } else {
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, first);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondInClosedState(controller, first) {
  if (first.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  const stream = controller[kState].stream;
  if (readableStreamHasBYOBReader(stream)) {
    while (readableStreamGetNumReadIntoRequests(stream) > 0) {
      const desc = readableByteStreamControllerShiftPendingPullInto(controller);
      readableByteStreamControllerCommitPullIntoDescriptor(stream, desc);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, desc) {
  readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, desc);
  if (desc.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc);
    readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    return;
  }
  if (desc.bytesFilled < desc.elementSize) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainder = desc.bytesFilled % desc.elementSize;
  if (remainder > 0) {
    const end = desc.byteOffset + desc.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, desc.buffer, end - remainder, remainder);
  }
  desc.bytesFilled -= remainder;
  readableByteStreamControllerCommitPullIntoDescriptor(controller[kState].stream, desc);
  readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  if (c.stream[kState].state === 'closed') {
    if (view.byteLength !== 0) throw invalidState('View is not zero-length');
  } else if (view.byteLength === 0) {
    throw invalidState('View is zero-length');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) throw rangeArgValue('view.byteOffset', view.byteOffset);
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw rangeArgValue('view.buffer.byteLength', view.buffer.byteLength);
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) throw rangeArgValue('view.byteLength', view.byteLength);
  const n = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, n);
}

function readableByteStreamControllerError(controller, e) {
  const c = controller[kState];
  if (c.stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(c);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(c.stream, e);
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
  highWaterMark, autoAllocateChunkSize) {
  const c = controller[kState];
  c.stream = stream;
  c.pullAgain = false;
  c.pulling = false;
  c.byobRequest = null;
  resetQueue(c);
  c.closeRequested = false;
  c.started = false;
  c.strategyHWM = highWaterMark;
  c.pullAlgorithm = pullAlgorithm;
  c.cancelAlgorithm = cancelAlgorithm;
  c.autoAllocateChunkSize = autoAllocateChunkSize;
  c.pendingPullIntos = [];
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  uponPromise(resolvedWith(startResult), () => {
    c.started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (r) => readableByteStreamControllerError(controller, r));
}

function setUpReadableByteStreamControllerFromUnderlyingSource(stream, source, highWaterMark) {
  const controller = construct(ReadableByteStreamController);
  const start = getMethod(source, 'start', 'source');
  const pull = getMethod(source, 'pull', 'source');
  const cancel = getMethod(source, 'cancel', 'source');
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = +autoAllocateChunkSize;
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw rangeArgValue('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  setUpReadableByteStreamController(stream, controller,
    start ? () => start.call(source, controller) : () => undefined,
    pull ? () => promiseCall(pull, source, controller) : () => resolvedWith(undefined),
    cancel ? (reason) => promiseCall(cancel, source, reason) : () => resolvedWith(undefined),
    highWaterMark, autoAllocateChunkSize);
}

// --- ReadableStreamBYOBReader --------------------------------------------------------

class ReadableStreamBYOBReader {
  constructor(stream) {
    checkReaderStream(stream);
    if (!isBrand(stream[kState].controller, 'ReadableByteStreamController')) {
      throw invalidArgValue('stream', stream, 'must be a byte stream');
    }
    brand(this, 'ReadableStreamBYOBReader');
    this[kState] = { stream: undefined, closed: undefined, readIntoRequests: [] };
    readableStreamReaderGenericInitialize(this, stream);
  }

  read(view) {
    const bad = brandRejection(this, 'ReadableStreamBYOBReader');
    if (bad) return bad;
    if (!isArrayBufferView(view)) {
      return rejectedWith(invalidArgType('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0) {
      return rejectedWith(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (this[kState].stream === undefined) {
      return rejectedWith(invalidState('The reader is not attached to a stream'));
    }
    const d = newDeferred();
    readableStreamBYOBReaderRead(this, view, {
      chunkSteps: (chunk) => d.resolve({ value: chunk, done: false }),
      closeSteps: (chunk) => d.resolve({ value: chunk, done: true }),
      errorSteps: (e) => d.reject(e),
    });
    return d.promise;
  }

  releaseLock() {
    checkBrand(this, 'ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamReaderGenericRelease(this);
    readableStreamBYOBReaderErrorReadIntoRequests(this, invalidState('Releasing reader'));
  }

  [inspectSymbol](depth, options) {
    const s = this[kState];
    return inspectFields(this, {
      stream: s.stream, readIntoRequests: s.readIntoRequests.length, close: s.closed.promise,
    }, depth, options);
  }
}
defineGenericReaderMembers(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');

function readableStreamBYOBReaderRead(reader, view, readIntoRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') readIntoRequest.errorSteps(stream[kState].storedError);
  else readableByteStreamControllerPullInto(stream[kState].controller, view, readIntoRequest);
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const req of requests) req.errorSteps(e);
}

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const readIntoRequest = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) readIntoRequest.closeSteps(chunk);
  else readIntoRequest.chunkSteps(chunk);
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader');
}
