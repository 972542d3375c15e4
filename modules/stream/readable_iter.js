'use strict';
// Readable, continued: the iteration entry points (their work is in the
// part "from", loaded on first use), Readable.wrap() and the public
// readable* properties.

const EE = require('events');
const utils = binding.load('utils');
const { kState, kDestroyed, errors, validate } = utils;
const destroyImpl = binding.load('destroy');
const { Readable } = binding.load('readable');

const kAsyncIterator = Symbol.asyncIterator;

function streamToAsyncIterator(stream, options) {
  return binding.load('from').streamToAsyncIterator(stream, options);
}

function fromIterable(Cls, iterable, opts) {
  return binding.load('from').fromIterable(Cls, iterable, opts);
}

Readable.prototype.iterator = function(options) {
  if (options !== undefined) validate(errors.validateObject, options, 'options');
  return streamToAsyncIterator(this, options);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

if (typeof Symbol.asyncDispose === 'symbol') {
  Readable.prototype[Symbol.asyncDispose] = function() {
    let error;
    if (!this.destroyed) {
      error = this.readableEnded ? null : new errors.AbortError();
      this.destroy(error);
    }
    const eos = binding.load('eos').eos;
    return new Promise((resolve, reject) => eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
  };
}

// Defined after the two symbols above, as in Node: Reflect.ownKeys order.
Readable.prototype[kAsyncIterator] = function() {
  return streamToAsyncIterator(this);
};

function stateGetter(name, fallback) {
  return {
    enumerable: false,
    get() {
      const r = this._readableState;
      return r ? r[name] : fallback;
    },
  };
}

Object.defineProperties(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(v) {
      if (this._readableState) this._readableState.readable = !!v;
    },
  },
  readableDidRead: {
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    get() { return this._readableState.flowing; },
    set(v) {
      if (this._readableState) this._readableState.flowing = v;
    },
  },
  readableLength: {
    get() { return this._readableState.length; },
  },
  readableObjectMode: stateGetter('objectMode', false),
  readableEncoding: stateGetter('encoding', null),
  errored: stateGetter('errored', null),
  closed: stateGetter('closed', false),
  destroyed: {
    get() {
      const r = this._readableState;
      return r ? (r[kState] & kDestroyed) !== 0 : false;
    },
    set(v) {
      if (this._readableState) this._readableState.destroyed = v;
    },
  },
  readableEnded: stateGetter('endEmitted', false),
});

Readable.from = function(iterable, opts) {
  return fromIterable(Readable, iterable, opts);
};

// toWeb/fromWeb load the adapters (and web streams) on first call.
Readable.fromWeb = function(readableStream, options) {
  return binding.load('web').readableFromWeb(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return binding.load('web').readableToWeb(streamReadable, options);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

module.exports = { streamToAsyncIterator, fromIterable };
