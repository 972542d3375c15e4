// --- pipeTo, tee, async iteration, ReadableStream.from --------------------------------

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = acquireReadableStreamDefaultReader(source);
  const writer = acquireWritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = resolvedWith(undefined);
  const done = newDeferred();
  let abortAlgorithm;

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ? writableStreamAbort(dest, error) :
          resolvedWith(undefined)));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) :
          resolvedWith(undefined)));
      }
      shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return done.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  function pipeStep() {
    if (shuttingDown) return resolvedWith(true);
    return writer[kState].ready.promise.then(() => new Promise((resolveRead, rejectRead) => {
      readableStreamDefaultReaderRead(reader, {
        chunkSteps: (chunk) => {
          currentWrite = transformPromise(writableStreamDefaultWriterWrite(writer, chunk), undefined, () => {});
          resolveRead(false);
        },
        closeSteps: () => resolveRead(true),
        errorSteps: rejectRead,
      });
    }));
  }

  function pipeLoop() {
    return new Promise((resolveLoop, rejectLoop) => {
      function next(finished) {
        if (finished) resolveLoop();
        else pipeStep().then(next, rejectLoop);
      }
      next(false);
    });
  }

  function whenErrored(stream, promise, action) {
    if (stream[kState].state === 'errored') action(stream[kState].storedError);
    else uponPromise(promise, undefined, action);
  }

  function whenClosed(stream, promise, action) {
    if (stream[kState].state === 'closed') action();
    else uponPromise(promise, action);
  }

  function waitForWritesToFinish() {
    const oldCurrentWrite = currentWrite;
    return oldCurrentWrite.then(() => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  function destWritable() {
    return dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest);
  }

  function shutdownWithAnAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      uponPromise(action(), () => finalize(originalIsError, originalError), (newError) => finalize(true, newError));
    };
    if (destWritable()) uponPromise(waitForWritesToFinish(), doTheRest);
    else doTheRest();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destWritable()) uponPromise(waitForWritesToFinish(), () => finalize(isError, error));
    else finalize(isError, error);
  }

  function finalize(isError, error) {
    writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) done.reject(error);
    else done.resolve(undefined);
  }

  whenErrored(source, reader[kState].closed.promise, (storedError) => {
    if (!preventAbort) shutdownWithAnAction(() => writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  });
  whenErrored(dest, writer[kState].closed.promise, (storedError) => {
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  });
  whenClosed(source, reader[kState].closed.promise, () => {
    if (!preventClose) shutdownWithAnAction(() => writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    else shutdown();
  });
  if (writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const destClosed = invalidState('Cannot pipe to a closed or closing WritableStream');
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }
  setHandled(pipeLoop());
  return done.promise;
}

function readableStreamTee(stream) {
  const reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = newDeferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return resolvedWith(undefined);
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => queueMicrotask(() => {
        readAgain = false;
        if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk);
        if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk);
        reading = false;
        if (readAgain) pullAlgorithm();
      }),
      closeSteps: () => {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
        if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps: () => { reading = false; },
    });
    return resolvedWith(undefined);
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  const start = () => undefined;
  branch1 = createReadableStream(start, pullAlgorithm, cancel1);
  branch2 = createReadableStream(start, pullAlgorithm, cancel2);
  uponPromise(reader[kState].closed.promise, undefined, (r) => {
    readableStreamDefaultControllerError(branch1[kState].controller, r);
    readableStreamDefaultControllerError(branch2[kState].controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

// goja cannot parse async generators: the intrinsic comes from one when
// the engine can make it.
let AsyncIteratorPrototype;
try {
  const gen = new Function('return async function* () {}')();
  AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(gen).prototype);
} catch {
  AsyncIteratorPrototype = { [kAsyncIterator]() { return this; } };
}

const ReadableStreamAsyncIteratorPrototype = Object.setPrototypeOf({
  next() {
    const it = this[kState];
    const nextSteps = () => {
      if (it.isFinished) return resolvedWith({ value: undefined, done: true });
      const reader = it.reader;
      if (reader[kState].stream === undefined) {
        return rejectedWith(invalidState('The reader is not attached to a stream'));
      }
      const d = newDeferred();
      readableStreamDefaultReaderRead(reader, {
        chunkSteps: (chunk) => d.resolve({ value: chunk, done: false }),
        closeSteps: () => {
          readableStreamDefaultReaderRelease(reader);
          it.isFinished = true;
          d.resolve({ value: undefined, done: true });
        },
        errorSteps: (e) => {
          readableStreamDefaultReaderRelease(reader);
          it.isFinished = true;
          d.reject(e);
        },
      });
      return d.promise;
    };
    // As node does, the first read waits one promise job, so that the
    // source has started (and maybe failed) before it.
    if (!it.started) {
      it.started = true;
      it.ongoing = resolvedWith(undefined);
    }
    it.ongoing = it.ongoing ? it.ongoing.then(nextSteps, nextSteps) : nextSteps();
    return it.ongoing;
  },

  return(value = undefined) {
    const it = this[kState];
    const returnSteps = () => {
      if (it.isFinished) return resolvedWith({ value, done: true });
      it.isFinished = true;
      const reader = it.reader;
      if (reader[kState].stream === undefined) return resolvedWith({ value, done: true });
      if (!it.preventCancel) {
        const result = readableStreamReaderGenericCancel(reader, value);
        readableStreamDefaultReaderRelease(reader);
        return transformPromise(result, () => ({ value, done: true }));
      }
      readableStreamDefaultReaderRelease(reader);
      return resolvedWith({ value, done: true });
    };
    it.ongoing = it.ongoing ? it.ongoing.then(returnSteps, returnSteps) : returnSteps();
    return it.ongoing;
  },
}, AsyncIteratorPrototype);
for (const name of ['next', 'return']) {
  Object.defineProperty(ReadableStreamAsyncIteratorPrototype, name, { enumerable: false });
}

function createReadableStreamAsyncIterator(stream, preventCancel) {
  const reader = acquireReadableStreamDefaultReader(stream);
  const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
  iterator[kState] = { reader, preventCancel, isFinished: false, ongoing: undefined, started: false };
  return iterator;
}

function readableStreamFromIterable(asyncIterable) {
  let iterator;
  let nextMethod;
  const asyncMethod = asyncIterable == null ? undefined : asyncIterable[kAsyncIterator];
  if (asyncMethod != null) {
    iterator = asyncMethod.call(asyncIterable);
  } else {
    const syncMethod = asyncIterable == null ? undefined : asyncIterable[Symbol.iterator];
    if (typeof syncMethod !== 'function') {
      throw makeNodeError(TypeError, 'ERR_ARG_NOT_ITERABLE',
        `${require('util').format('%s', asyncIterable)} must be iterable`);
    }
    iterator = asyncFromSyncIterator(syncMethod.call(asyncIterable));
  }
  if (iterator === null || typeof iterator !== 'object') {
    throw makeNodeError(TypeError, 'ERR_INVALID_STATE', 'Invalid state: The iterator method must return an object');
  }
  nextMethod = iterator.next;
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = nextMethod.call(iterator);
    } catch (err) {
      return rejectedWith(err);
    }
    return transformPromise(resolvedWith(nextResult), (iterResult) => {
      if (iterResult === null || typeof iterResult !== 'object') {
        throw invalidState('The promise returned by the iterator.next() method must fulfill with an object');
      }
      const controller = stream[kState].controller;
      if (iterResult.done) readableStreamDefaultControllerClose(controller);
      else readableStreamDefaultControllerEnqueue(controller, iterResult.value);
    });
  };
  const cancelAlgorithm = (reason) => {
    let returnMethod;
    try {
      returnMethod = iterator.return;
    } catch (err) {
      return rejectedWith(err);
    }
    if (returnMethod == null) return resolvedWith(undefined);
    let returnResult;
    try {
      returnResult = returnMethod.call(iterator, reason);
    } catch (err) {
      return rejectedWith(err);
    }
    return transformPromise(resolvedWith(returnResult), (result) => {
      if (result === null || typeof result !== 'object') {
        throw invalidState('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  const stream = createReadableStream(() => undefined, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

function asyncFromSyncIterator(syncIterator) {
  const wrap = (result) => Promise.resolve(result.value).then((value) => ({ value, done: !!result.done }));
  return {
    next() {
      return wrap(syncIterator.next());
    },
    return(value) {
      const method = syncIterator.return;
      if (method == null) return Promise.resolve({ value, done: true });
      return wrap(method.call(syncIterator, value));
    },
  };
}
