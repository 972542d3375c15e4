// --- TransformStream ----------------------------------------------------------------

class TransformStream {
  constructor(transformer = undefined, writableStrategy = {}, readableStrategy = {}) {
    if (transformer !== undefined && transformer !== null && typeof transformer !== 'object' &&
        typeof transformer !== 'function') {
      throw invalidArgType('transformer', 'object', transformer);
    }
    const t = transformer == null ? {} : transformer;
    if (t.readableType !== undefined) throw rangeArgValue('transformer.readableType', t.readableType);
    if (t.writableType !== undefined) throw rangeArgValue('transformer.writableType', t.writableType);
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    brand(this, 'TransformStream');
    const startPromise = newDeferred();
    initializeTransformStream(this, startPromise, writableHWM, writableSize, readableHWM, readableSize);
    const start = getMethod(t, 'start', 'transformer');
    setUpTransformStreamDefaultControllerFromTransformer(this, t);
    if (start) startPromise.resolve(start.call(t, this[kState].controller));
    else startPromise.resolve(undefined);
  }

  get readable() {
    checkBrand(this, 'TransformStream');
    return this[kState].readable;
  }

  get writable() {
    checkBrand(this, 'TransformStream');
    return this[kState].writable;
  }

  [inspectSymbol](depth, options) {
    const s = this[kState];
    return inspectFields(this, {
      readable: s.readable, writable: s.writable, backpressure: s.backpressure,
    }, depth, options);
  }
}
Object.defineProperty(TransformStream.prototype, Symbol.toStringTag, { value: 'TransformStream', configurable: true });

function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const s = { readable: undefined, writable: undefined, backpressure: undefined,
    backpressureChange: undefined, controller: undefined };
  stream[kState] = s;
  const startAlgorithm = () => startPromise.promise;
  s.writable = createWritableStream(startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => {
      transformStreamError(stream, reason);
      return resolvedWith(undefined);
    },
    writableHWM, writableSize);
  s.readable = createReadableStream(startAlgorithm,
    () => {
      transformStreamSetBackpressure(stream, false);
      return s.backpressureChange.promise;
    },
    (reason) => {
      transformStreamErrorWritableAndUnblockWrite(stream, reason);
      return resolvedWith(undefined);
    },
    readableHWM, readableSize);
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, e) {
  readableStreamDefaultControllerError(stream[kState].readable[kState].controller, e);
  transformStreamErrorWritableAndUnblockWrite(stream, e);
}

function transformStreamErrorWritableAndUnblockWrite(stream, e) {
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  writableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, e);
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChange !== undefined) s.backpressureChange.resolve(undefined);
  s.backpressureChange = newDeferred();
  s.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor() {
    checkConstruct();
    brand(this, 'TransformStreamDefaultController');
    this[kState] = {};
  }

  get desiredSize() {
    checkBrand(this, 'TransformStreamDefaultController');
    const readableController = this[kState].stream[kState].readable[kState].controller;
    return readableStreamDefaultControllerGetDesiredSize(readableController);
  }

  enqueue(chunk = undefined) {
    checkBrand(this, 'TransformStreamDefaultController');
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    checkBrand(this, 'TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    checkBrand(this, 'TransformStreamDefaultController');
    transformStreamDefaultControllerTerminate(this);
  }

  [inspectSymbol](depth, options) {
    return inspectFields(this, { stream: this[kState].stream }, depth, options);
  }
}
Object.defineProperty(TransformStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'TransformStreamDefaultController', configurable: true,
});

function setUpTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = construct(TransformStreamDefaultController);
  const transform = getMethod(transformer, 'transform', 'transformer');
  const flush = getMethod(transformer, 'flush', 'transformer');
  const c = controller[kState];
  c.stream = stream;
  stream[kState].controller = controller;
  c.transformAlgorithm = transform ? (chunk) => promiseCall(transform, transformer, chunk, controller) :
    (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(controller, chunk);
        return resolvedWith(undefined);
      } catch (err) {
        return rejectedWith(err);
      }
    };
  c.flushAlgorithm = flush ? () => promiseCall(flush, transformer, controller) : () => resolvedWith(undefined);
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].transformAlgorithm = undefined;
  controller[kState].flushAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readable = stream[kState].readable;
  const readableController = readable[kState].controller;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (err) {
    transformStreamErrorWritableAndUnblockWrite(stream, err);
    throw readable[kState].storedError;
  }
  const backpressure = readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  return transformPromise(controller[kState].transformAlgorithm(chunk), undefined, (r) => {
    transformStreamError(controller[kState].stream, r);
    throw r;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  readableStreamDefaultControllerClose(stream[kState].readable[kState].controller);
  transformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const controller = stream[kState].controller;
  if (stream[kState].backpressure) {
    return transformPromise(stream[kState].backpressureChange.promise, () => {
      const writable = stream[kState].writable;
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const readable = stream[kState].readable;
  const controller = stream[kState].controller;
  const flushPromise = controller[kState].flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(controller);
  return transformPromise(flushPromise, () => {
    if (readable[kState].state === 'errored') throw readable[kState].storedError;
    readableStreamDefaultControllerClose(readable[kState].controller);
  }, (r) => {
    transformStreamError(stream, r);
    throw readable[kState].storedError;
  });
}

// --- queuing strategies --------------------------------------------------------------

function strategyInit(init) {
  if (init === null || typeof init !== 'object') throw invalidArgType('init', 'object', init);
  if (init.highWaterMark === undefined) {
    throw makeNodeError(TypeError, 'ERR_MISSING_OPTION', 'init.highWaterMark is required');
  }
  return +init.highWaterMark;
}

const countSize = function size() { return 1; };
const byteLengthSize = function size(chunk) { return chunk.byteLength; };

class CountQueuingStrategy {
  constructor(init) {
    const hwm = strategyInit(init);
    brand(this, 'CountQueuingStrategy');
    this[kState] = { highWaterMark: hwm };
  }

  get highWaterMark() {
    checkBrand(this, 'CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    checkBrand(this, 'CountQueuingStrategy');
    return countSize;
  }

  [inspectSymbol](depth, options) {
    return inspectFields(this, { highWaterMark: this.highWaterMark }, depth, options);
  }
}
Object.defineProperty(CountQueuingStrategy.prototype, Symbol.toStringTag, {
  value: 'CountQueuingStrategy', configurable: true,
});

class ByteLengthQueuingStrategy {
  constructor(init) {
    const hwm = strategyInit(init);
    brand(this, 'ByteLengthQueuingStrategy');
    this[kState] = { highWaterMark: hwm };
  }

  get highWaterMark() {
    checkBrand(this, 'ByteLengthQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    checkBrand(this, 'ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [inspectSymbol](depth, options) {
    return inspectFields(this, { highWaterMark: this.highWaterMark }, depth, options);
  }
}
Object.defineProperty(ByteLengthQueuingStrategy.prototype, Symbol.toStringTag, {
  value: 'ByteLengthQueuingStrategy', configurable: true,
});
