'use strict';
// Body of require('stream'): the legacy Stream class carrying every stream
// class and helper, laid out as Node's module.exports is.

const { Buffer } = require('buffer');
const { load } = require('internal/streams');
const utils = load('utils');
const { codes } = utils;
const { Stream } = load('legacy');
const { Readable } = load('readable');
const { Writable } = load('writable');
const { Duplex, Transform, PassThrough, duplexPair } = load('duplex');
const { pipeline, pipelineImpl } = load('pipeline');
const { eos, finished } = load('eos');
const { addAbortSignal } = load('abort');
const { destroyer } = load('destroy');
const { compose } = load('compose');
const { streamReturningOperators, promiseReturningOperators } = load('operators');

module.exports = Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = Readable;

// The operators as Readable methods: not constructors, named as the
// operator; the stream-returning ones wrap their iterable in a Readable.
function installOperators(ops, wrap) {
  for (const key of Object.keys(ops)) {
    const op = ops[key];
    const fn = function(...args) {
      if (new.target) {
        throw utils.thrown(codes.illegalConstructor(), 'node:stream', '      throw new ERR_ILLEGAL_CONSTRUCTOR();');
      }
      const out = Reflect.apply(op, this, args);
      return wrap ? Readable.from(out) : out;
    };
    Object.defineProperty(fn, 'name', { value: op.name });
    Object.defineProperty(fn, 'length', { value: op.length });
    Object.defineProperty(Readable.prototype, key, { value: fn, enumerable: false, configurable: true, writable: true });
  }
}
installOperators(streamReturningOperators, true);
installOperators(promiseReturningOperators, false);

Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = utils.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = utils.getDefaultHighWaterMark;

// stream/promises: pipeline takes an options object as its last argument.
function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const last = streams[streams.length - 1];
    if (last && typeof last === 'object' && !utils.isNodeStream(last) && !utils.isIterable(last) &&
        !utils.isWebStream(last)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}
const promises = { finished, pipeline: pipelinePromise };

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return promises; },
});

const customPromisify = require('util').promisify.custom;
Object.defineProperty(pipeline, customPromisify, { enumerable: true, get() { return promises.pipeline; } });
Object.defineProperty(eos, customPromisify, { enumerable: true, get() { return promises.finished; } });

Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = function isUint8Array(value) {
  return value instanceof Uint8Array;
};
const FastBuffer = Buffer[Symbol.species];
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
