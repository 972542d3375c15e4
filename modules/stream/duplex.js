'use strict';
// Duplex (a Readable that is also a Writable), Transform, PassThrough and
// duplexPair().

const { Stream } = binding.load('legacy');
const utils = binding.load('utils');
const { kOnConstructed, codes, thrown } = utils;
const destroyImpl = binding.load('destroy');
const { Readable, ReadableState, bits: rBits } = binding.load('readable');
const { Writable, WritableState, bits: wBits } = binding.load('writable');
const { kState, kDestroyed } = utils;
const kReadableEnded = rBits.kEnded;
const kWritableEnded = wBits.kEnded;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };
  this._readableState = new ReadableState(options, this, true);
  this._writableState = new WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) binding.load('abort').addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
      this._writableState[kOnConstructed](this);
    });
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// The writing methods come from Writable where Readable has none.
for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
Duplex.prototype.destroy = Writable.prototype.destroy;

const fromWritable = {};
for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
  'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']) {
  fromWritable[name] = Object.getOwnPropertyDescriptor(Writable.prototype, name);
}
Object.defineProperties(Duplex.prototype, {
  ...fromWritable,
  destroyed: {
    get() {
      const r = this._readableState;
      const w = this._writableState;
      if (r === undefined || w === undefined) return false;
      // Both states keep kDestroyed in their flag word (the states' own
      // getters read the same bit).
      return (r[kState] & kDestroyed) !== 0 && (w[kState] & kDestroyed) !== 0;
    },
    set(v) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = v;
        this._writableState.destroyed = v;
      }
    },
  },
});

Duplex.fromWeb = function(pair, options) {
  return binding.load('web').duplexFromWeb(pair, options);
};

Duplex.toWeb = function(duplex) {
  return binding.load('web').duplexToWeb(duplex);
};

Duplex.from = function(body) {
  return binding.load('compose').duplexFrom(body, 'body');
};

// ---- Transform ------------------------------------------------------------------

const kCallback = Symbol('kCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  // A readable side with no buffer at all needs the writable side to hold
  // nothing either, or data would stall between the two.
  const readableHwm = options ?
    utils.getHighWaterMark(false, options, 'readableHighWaterMark', true) :
    null;
  if (readableHwm === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark: readableHwm,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, options);
  // Data pushed from _transform is never "inside _read".
  this._readableState.sync = false;
  this[kCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  // A subclass with its own _final still gets _flush at 'prefinish'.
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw thrown(codes.notImplemented('_transform()'), 'node:internal/streams/transform',
    "  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');");
};

Transform.prototype._write = function(chunk, encoding, callback) {
  const rState = this._readableState;
  const wState = this._writableState;
  const before = rState.length;
  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) this.push(val);
    // Flag bits read directly: this runs for every chunk.
    if ((rState[kState] & kReadableEnded) !== 0) {
      process.nextTick(callback);
    } else if ((wState[kState] & kWritableEnded) !== 0 || before === rState.length ||
               rState.length < rState.highWaterMark) {
      callback();
    } else {
      // The readable side is full: take the next chunk when it is read.
      this[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function(chunk, encoding, cb) {
  cb(null, chunk);
};

// ---- duplexPair -------------------------------------------------------------------

const kOtherSide = Symbol('OtherSide');
const kSideCallback = Symbol('Callback');

// Two Duplexes wired back to back: what one writes, the other reads; a
// write completes once the other side has read it.
class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kSideCallback] = null;
    Object.defineProperty(this, kOtherSide, { value: null, writable: true });
  }

  _read() {
    const callback = this[kSideCallback];
    if (callback) {
      this[kSideCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this[kOtherSide].push(chunk);
      this[kOtherSide][kSideCallback] = callback;
    }
  }

  _final(callback) {
    this[kOtherSide].on('end', callback);
    this[kOtherSide].push(null);
  }
}

function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  a[kOtherSide] = b;
  b[kOtherSide] = a;
  return [a, b];
}

module.exports = { Duplex, Transform, PassThrough, duplexPair };
