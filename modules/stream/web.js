'use strict';
// Readable/Writable/Duplex .toWeb() and .fromWeb(): a Node stream seen as a
// WHATWG ReadableStream/WritableStream, and the other way round. Loaded on
// the first call only: it pulls in the web streams implementation.

const { Buffer } = require('buffer');
const utils = binding.load('utils');
const { errors, codes, thrown } = utils;
const { destroyer: destroy } = binding.load('destroy');
const { eos } = binding.load('eos');
const { Readable } = binding.load('readable');
const { Writable } = binding.load('writable');
const { Duplex } = binding.load('duplex');
const {
  ReadableStream, WritableStream, CountQueuingStrategy, ByteLengthQueuingStrategy,
} = require('internal/webstreams');

const adaptersFile = 'node:internal/webstreams/adapters';

function argType(name, expected, value) {
  return thrown(errors.invalidArgType(name, expected, value), adaptersFile, '    throw new ERR_INVALID_ARG_TYPE(');
}

function checkEncodingAndMode(encoding, objectMode) {
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw thrown(errors.invalidArgValue(encoding, 'options.encoding'), adaptersFile,
      '    throw new ERR_INVALID_ARG_VALUE(encoding, \'options.encoding\');');
  }
  utils.validate(errors.validateBoolean, objectMode, 'options.objectMode');
}

// A premature close reads as an AbortError on the web side.
function webError(error) {
  if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new errors.AbortError(undefined, { cause: error });
  }
  return error;
}

function closedReadableStream() {
  const readable = new ReadableStream();
  readable.cancel();
  return readable;
}

function closedWritableStream() {
  const writable = new WritableStream();
  writable.close();
  return writable;
}

// Runs a Node callback from a promise reaction: what it throws must not
// become a rejection nobody handles.
function callLater(stream, callback, error) {
  try {
    callback(error);
  } catch (err) {
    process.nextTick(() => destroy(stream, err));
  }
}

// A destroy callback run from a promise reaction: what it throws is
// uncaught, as it would be from a tick.
function destroyDone(callback, error) {
  return () => {
    try {
      callback(error);
    } catch (err) {
      process.nextTick(() => { throw err; });
    }
  };
}

// The read side of a Node stream over a ReadableStreamDefaultReader.
function readFrom(reader, stream) {
  reader.read().then((chunk) => {
    stream.push(chunk.done ? null : chunk.value);
  }, (error) => destroy(stream, error));
}

function readableToWeb(streamReadable, options = {}) {
  // Not isReadableNodeStream: a Duplex closed for reading is accepted and
  // gives a closed ReadableStream.
  if (!streamReadable || typeof streamReadable._readableState !== 'object') {
    throw argType('streamReadable', 'stream.Readable', streamReadable);
  }
  if (utils.isDestroyed(streamReadable) || !utils.isReadable(streamReadable)) return closedReadableStream();

  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy = options && options.strategy;
  if (!strategy) {
    strategy = objectMode ? new CountQueuingStrategy({ highWaterMark }) : new ByteLengthQueuingStrategy({ highWaterMark });
  }

  let controller;
  function onData(chunk) {
    // A copy: the Buffer may be a slice of a pool that gets reused.
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  function onFinished(error) {
    cleanup();
    error = webError(error);
    // Legacy streams may emit 'error' again after finishing.
    streamReadable.on('error', () => {});
    if (error) controller.error(error);
    else controller.close();
  }
  // Paused first: adding the 'data' listener must not start the flow,
  // only the web side's pull() does.
  streamReadable.pause();
  const cleanup = eos(streamReadable, onFinished);
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) { destroy(streamReadable, reason); },
  }, strategy);
}

function readableFromWeb(readableStream, options = {}) {
  if (!utils.isReadableStream(readableStream)) {
    throw argType('readableStream', 'ReadableStream', readableStream);
  }
  utils.validate(errors.validateObject, options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  checkEncodingAndMode(encoding, objectMode);

  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() { readFrom(reader, readable); },
    destroy(error, callback) {
      const done = destroyDone(callback, error);
      if (!closed) reader.cancel(error).then(done, done);
      else done();
    },
  });
  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  return readable;
}

function writableToWeb(streamWritable) {
  // Anything with write() and on(): http's OutgoingMessage is no Writable.
  if (!streamWritable || typeof streamWritable.write !== 'function' || typeof streamWritable.on !== 'function') {
    throw argType('streamWritable', 'stream.Writable', streamWritable);
  }
  if (utils.isDestroyed(streamWritable) || !utils.isWritable(streamWritable)) return closedWritableStream();

  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller;
  let backpressure; // { resolve, reject } while a write waits for 'drain'
  let closed; // { resolve, reject } while close() waits for the end

  const cleanup = eos(streamWritable, (error) => {
    error = webError(error);
    cleanup();
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure) backpressure.reject(error);
      if (closed) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new errors.AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', () => {
    if (backpressure) backpressure.resolve();
  });

  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (!streamWritable.writableNeedDrain && streamWritable.write(chunk)) return undefined;
      return new Promise((resolve, reject) => {
        backpressure = { resolve, reject };
      }).finally(() => { backpressure = undefined; });
    },
    abort(reason) { destroy(streamWritable, reason); },
    close() {
      if (closed === undefined && !utils.isWritableEnded(streamWritable)) {
        const promise = new Promise((resolve, reject) => { closed = { resolve, reject }; });
        streamWritable.end();
        return promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

// The write side of a Node stream over a WritableStreamDefaultWriter;
// self() gives the stream (made after these methods).
function writerMethods(writer, self, decodeStrings, objectMode) {
  const encoder = new TextEncoder();
  return {
    writev(chunks, callback) {
      const done = (error) => {
        const failed = (Array.isArray(error) ? error : [error]).filter((e) => e);
        callLater(self(), callback, failed.length === 0 ? undefined : failed);
      };
      writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk))).then(done, done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        if (Buffer.isEncoding(encoding) && /^utf-?8$/i.test(encoding)) {
          chunk = encoder.encode(chunk);
        } else {
          const buf = Buffer.from(chunk, encoding);
          chunk = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        }
      }
      const done = (error) => callLater(self(), callback, error);
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
  };
}

function writableFromWeb(writableStream, options = {}) {
  if (!utils.isWritableStream(writableStream)) {
    throw argType('writableStream', 'WritableStream', writableStream);
  }
  utils.validate(errors.validateObject, options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  checkEncodingAndMode(undefined, objectMode);
  utils.validate(errors.validateBoolean, decodeStrings, 'options.decodeStrings');

  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    ...writerMethods(writer, () => writable, decodeStrings, objectMode),
    destroy(error, callback) {
      const done = () => callLater(writable, callback, error);
      if (closed) {
        done();
        return;
      }
      if (error != null) writer.abort(error).then(done, done);
      else writer.close().then(done, done);
    },
    final(callback) {
      const done = (error) => callLater(writable, callback, error);
      if (!closed) writer.close().then(done, done);
    },
  });
  reportWriterClosed(writer, writable, () => { closed = true; });
  return writable;
}

// The writer closing first means the Node side ended too early.
function reportWriterClosed(writer, stream, onClosed, onError = onClosed) {
  writer.closed.then(() => {
    onClosed();
    if (!utils.isWritableEnded(stream)) destroy(stream, codes.prematureClose());
  }, (error) => {
    onError();
    destroy(stream, error);
  });
}

function duplexToWeb(duplex) {
  if (!duplex || typeof duplex._writableState !== 'object' || typeof duplex._readableState !== 'object') {
    throw argType('duplex', 'stream.Duplex', duplex);
  }
  if (utils.isDestroyed(duplex)) return { readable: closedReadableStream(), writable: closedWritableStream() };
  const writable = utils.isWritable(duplex) ? writableToWeb(duplex) : closedWritableStream();
  const readable = utils.isReadable(duplex) ? readableToWeb(duplex) : closedReadableStream();
  return { writable, readable };
}

function duplexFromWeb(pair = {}, options = {}) {
  utils.validate(errors.validateObject, pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!utils.isReadableStream(readableStream)) {
    throw argType('pair.readable', 'ReadableStream', readableStream);
  }
  if (!utils.isWritableStream(writableStream)) {
    throw argType('pair.writable', 'WritableStream', writableStream);
  }
  utils.validate(errors.validateObject, options, 'options');
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  checkEncodingAndMode(encoding, objectMode);

  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    ...writerMethods(writer, () => duplex, decodeStrings, objectMode),
    final(callback) {
      const done = (error) => callLater(duplex, callback, error);
      if (!writableClosed) writer.close().then(done, done);
    },
    read() { readFrom(reader, duplex); },
    destroy(error, callback) {
      const done = destroyDone(callback, error);
      if (writableClosed && readableClosed) {
        done();
        return;
      }
      const closeWriter = writableClosed ? undefined : writer.abort(error);
      const closeReader = readableClosed ? undefined : reader.cancel(error);
      Promise.all([closeWriter, closeReader]).then(done, done);
    },
  });
  const bothClosed = () => {
    writableClosed = true;
    readableClosed = true;
  };
  reportWriterClosed(writer, duplex, () => { writableClosed = true; }, bothClosed);
  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    bothClosed();
    destroy(duplex, error);
  });
  return duplex;
}

module.exports = {
  readableToWeb, readableFromWeb, writableToWeb, writableFromWeb, duplexToWeb, duplexFromWeb,
  // internal/webstreams/adapters, by Node's names (for --expose-internals).
  adapters: {
    newWritableStreamFromStreamWritable: writableToWeb,
    newReadableWritablePairFromDuplex: duplexToWeb,
    newStreamDuplexFromReadableWritablePair: duplexFromWeb,
    newStreamWritableFromWritableStream: writableFromWeb,
    newStreamReadableFromReadableStream: readableFromWeb,
    newReadableStreamFromStreamReadable: readableToWeb,
  },
};
