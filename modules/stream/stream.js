'use strict';
// Body of require('stream'): the legacy Stream class carrying every stream
// class and helper, laid out as Node's module.exports is.
//
// The classes load now; pipeline, finished, compose, addAbortSignal and the
// Readable operators are functions of this file that load their part on
// first call (most programs that use a stream never call them), so that
// what a program can see of them (name, length, identity, property order)
// is there from the start.

const { Buffer } = require('buffer');
const { load } = require('internal/streams');
const utils = load('utils');
const { codes } = utils;
const { Stream } = load('legacy');
const { Readable } = load('readable');
const { Writable } = load('writable');
const { Duplex, Transform, PassThrough, duplexPair } = load('duplex');
const { destroyer } = load('destroy');

module.exports = Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = Readable;

// Each keeps its caller's argument count: eos and others look at
// arguments.length.
function pipeline(...streams) {
  return Reflect.apply(load('pipeline').pipeline, this, streams);
}
function eos(stream, options, callback) {
  return Reflect.apply(load('eos').eos, this, arguments);
}
function addAbortSignal(signal, stream) {
  return Reflect.apply(load('abort').addAbortSignal, this, arguments);
}
function compose(...streams) {
  return Reflect.apply(load('compose').compose, this, streams);
}

// The operators as Readable methods: not constructors, named as the
// operator; the stream-returning ones wrap their iterable in a Readable.
// The table gives each one's name and length (a test checks it against
// the operators part), so that the part loads when one is first called.
const operators = [
  // [method, name, length, returns a stream]
  ['asIndexedPairs', 'deprecated', 0, true],
  ['drop', 'drop', 1, true],
  ['filter', 'filter', 2, true],
  ['flatMap', 'flatMap', 2, true],
  ['map', 'map', 2, true],
  ['take', 'take', 1, true],
  ['compose', 'compose', 2, true],
  ['every', 'every', 1, false],
  ['forEach', 'forEach', 2, false],
  ['reduce', 'reduce', 3, false],
  ['toArray', 'toArray', 1, false],
  ['some', 'some', 1, false],
  ['find', 'find', 2, false],
];
for (const [key, name, length, wrap] of operators) {
  const group = wrap ? 'streamReturningOperators' : 'promiseReturningOperators';
  const fn = function(...args) {
    if (new.target) {
      throw utils.thrown(codes.illegalConstructor(), 'node:stream', '      throw new ERR_ILLEGAL_CONSTRUCTOR();');
    }
    const out = Reflect.apply(load('operators')[group][key], this, args);
    return wrap ? Readable.from(out) : out;
  };
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(fn, 'length', { value: length });
  Object.defineProperty(Readable.prototype, key, { value: fn, enumerable: false, configurable: true, writable: true });
}

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
    load('pipeline').pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}
function finished(stream, opts) {
  return Reflect.apply(load('eos').finished, this, arguments);
}
// Named pipeline, as Node's stream/promises pipeline is.
Object.defineProperty(pipelinePromise, 'name', { value: 'pipeline' });
const promises = { finished, pipeline: pipelinePromise };

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return promises; },
});

// util.promisify.custom, without loading util.
const customPromisify = Symbol.for('nodejs.util.promisify.custom');
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
