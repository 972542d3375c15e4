'use strict';
// Duplex.from() and compose(): a single Duplex standing for a stream, an
// iterable, an async function or generator, a promise, a { readable,
// writable } pair, or a whole pipeline of those.

const utils = binding.load('utils');
const { errors, thrown } = utils;
const { destroyer } = binding.load('destroy');
const { eos } = binding.load('eos');
const { Duplex } = binding.load('duplex');
const { Readable } = binding.load('readable');
const { fromIterable } = binding.load('from');

class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    // Duplex only looks at these when options came with them; keep them.
    if (options && options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options && options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
  }
}

function deferred() {
  let resolve;
  const promise = new Promise((r) => { resolve = r; });
  return { promise, resolve };
}

// Runs fn over an async iterable of what gets written to the Duplex; its
// result becomes the readable side (or the completion, for a promise).
function fromAsyncGen(fn) {
  let { promise, resolve } = deferred();
  const ac = new AbortController();
  const signal = ac.signal;
  let done = false;
  const source = {
    [Symbol.asyncIterator]() { return this; },
    async next() {
      if (done) return { value: undefined, done: true };
      const current = promise;
      promise = null;
      const step = await current;
      process.nextTick(step.cb);
      if (step.done) {
        done = true;
        return { value: undefined, done: true };
      }
      if (signal.aborted) {
        done = true;
        throw new errors.AbortError(undefined, { cause: signal.reason });
      }
      ({ promise, resolve } = deferred());
      return { value: step.chunk, done: false };
    },
    async return(value) {
      done = true;
      return { value, done: true };
    },
  };
  const value = fn(source, { signal });
  return {
    value,
    write(chunk, encoding, cb) {
      const r = resolve;
      resolve = null;
      r({ chunk, done: false, cb });
    },
    final(cb) {
      const r = resolve;
      resolve = null;
      r({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

// Checked by tag first, so that a program without Blobs never loads them.
function isBlob(body) {
  if (body == null || typeof body !== 'object') return false;
  const tag = body[Symbol.toStringTag];
  return (tag === 'Blob' || tag === 'File') && body instanceof require('buffer').Blob;
}

function duplexFrom(body, name) {
  if (utils.isDuplexNodeStream(body)) return body;
  if (utils.isReadableNodeStream(body)) return duplexifyPair({ readable: body });
  if (utils.isWritableNodeStream(body)) return duplexifyPair({ writable: body });
  if (utils.isNodeStream(body)) return duplexifyPair({ writable: false, readable: false });
  if (utils.isReadableStream(body)) return duplexifyPair({ readable: Readable.fromWeb(body) });
  if (utils.isWritableStream(body)) return duplexifyPair({ writable: binding.load('writable').Writable.fromWeb(body) });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (utils.isDuplexNodeStream(value)) return value;
    if (utils.isIterable(value)) {
      return fromIterable(Duplexify, value, { objectMode: true, write, final, destroy });
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw errors.invalidReturnValue('nully', 'body', val);
      }, (err) => {
        destroyer(d, err);
      });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw thrown(errors.invalidReturnValue('Iterable, AsyncIterable or AsyncFunction', name, value), 'node:internal/streams/duplexify',
      '    throw new ERR_INVALID_RETURN_VALUE(');
  }

  if (isBlob(body)) return duplexFrom(body.arrayBuffer(), name);
  if (utils.isIterable(body)) return fromIterable(Duplexify, body, { objectMode: true, writable: false });
  if (body && utils.isReadableStream(body.readable) && utils.isWritableStream(body.writable)) {
    return binding.load('web').duplexFromWeb(body);
  }

  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable ?
      (utils.isReadableNodeStream(body.readable) ? body.readable : duplexFrom(body.readable)) : undefined;
    const writable = body.writable ?
      (utils.isWritableNodeStream(body.writable) ? body.writable : duplexFrom(body.writable)) : undefined;
    return duplexifyPair({ readable, writable });
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw thrown(errors.invalidArgType(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
    'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body), 'node:internal/streams/duplexify', '  throw new ERR_INVALID_ARG_TYPE(');
}

// One Duplex writing into pair.writable and reading from pair.readable.
function duplexifyPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  let readable = !!utils.isReadable(r);
  let writable = !!utils.isWritable(w);
  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function(chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function(callback) {
      w.end();
      onfinish = callback;
    };
    w.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', () => {
      d.push(null);
    });
    d._read = function() {
      for (;;) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new errors.AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };
  return d;
}

// Whether a member of compose() can be read from / written to.
function canRead(stream) {
  return !!(utils.isReadable(stream) || utils.isReadableStream(stream) || utils.isTransformStream(stream));
}

function canWrite(stream) {
  return !!(utils.isWritable(stream) || utils.isWritableStream(stream) || utils.isTransformStream(stream));
}

// The composed Duplex writing into a web WritableStream (or a
// TransformStream's writable side); done(cb) keeps final's callback until
// the tail ends.
function writeToWeb(d, head, done) {
  const writer = (utils.isTransformStream(head) ? head.writable : head).getWriter();
  d._write = async function(chunk, encoding, callback) {
    try {
      await writer.ready;
      // A failed write shows through writer.ready and the pipeline.
      writer.write(chunk).catch(() => {});
      callback();
    } catch (err) {
      callback(err);
    }
  };
  d._final = async function(callback) {
    try {
      await writer.ready;
      writer.close().catch(() => {});
      done(callback);
    } catch (err) {
      callback(err);
    }
  };
}

// The composed Duplex reading out of a web ReadableStream (or a
// TransformStream's readable side).
function readFromWeb(d, tail) {
  const reader = (utils.isTransformStream(tail) ? tail.readable : tail).getReader();
  d._read = async function() {
    for (;;) {
      let step;
      try {
        step = await reader.read();
      } catch {
        // The pipeline reports the failure.
        return;
      }
      if (!d.push(step.value)) return;
      if (step.done) {
        d.push(null);
        return;
      }
    }
  };
}

// compose(a, b, c): one Duplex writing into a and reading out of c.
function compose(...streams) {
  if (streams.length === 0) throw thrown(errors.missingArgs('streams'), 'node:internal/streams/compose', "    throw new ERR_MISSING_ARGS('streams');");
  if (streams.length === 1) return duplexFrom(streams[0], 'body');
  const original = streams.slice();
  if (typeof streams[0] === 'function') streams[0] = duplexFrom(streams[0], 'body');
  const last = streams.length - 1;
  if (typeof streams[last] === 'function') streams[last] = duplexFrom(streams[last], 'body');

  for (let n = 0; n < streams.length; ++n) {
    if (!utils.isNodeStream(streams[n]) && !utils.isWebStream(streams[n])) continue;
    if (n < last && !canRead(streams[n])) {
      throw thrown(errors.invalidArgValue(`streams[${n}]`, original[n], 'must be readable'), 'node:internal/streams/compose',
        '      throw new ERR_INVALID_ARG_VALUE(');
    }
    if (n > 0 && !canWrite(streams[n])) {
      throw thrown(errors.invalidArgValue(`streams[${n}]`, original[n], 'must be writable'), 'node:internal/streams/compose',
        '      throw new ERR_INVALID_ARG_VALUE(');
    }
  }

  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  }

  const head = streams[0];
  const tail = binding.load('pipeline').pipeline(streams, onfinished);
  const writable = canWrite(head);
  const readable = canRead(tail);

  d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });

  if (writable && utils.isWebStream(head)) {
    writeToWeb(d, head, (callback) => { onfinish = callback; });
  } else if (writable) {
    d._write = function(chunk, encoding, callback) {
      if (head.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function(callback) {
      head.end();
      onfinish = callback;
    };
    head.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
  }
  if (writable) {
    eos(utils.isTransformStream(tail) ? tail.readable : tail, () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable && utils.isWebStream(tail)) {
    readFromWeb(d, tail);
  } else if (readable) {
    tail.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    tail.on('end', () => {
      d.push(null);
    });
    d._read = function() {
      for (;;) {
        const buf = tail.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new errors.AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (utils.isNodeStream(tail)) destroyer(tail, err);
    if (onclose === null) callback(err);
    else onclose = callback;
  };
  return d;
}

module.exports = { duplexFrom, compose };
