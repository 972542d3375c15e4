'use strict';
// Common ways user code builds and consumes streams: subclasses (class and
// util.inherits), a line splitter, events.once on a stream, collecting a
// stream into a string, and stream.promises in an async function.
const { Readable, Writable, Transform, Duplex, PassThrough } = require('stream');
const { once } = require('events');
const util = require('util');
const { pipeline, finished } = require('stream/promises');
const { log } = require('./_trace');

class Counter extends Readable {
  constructor(max, opts) {
    super(opts);
    this.max = max;
    this.n = 0;
  }

  _read() {
    this.n++;
    this.push(this.n > this.max ? null : `${this.n}\n`);
  }
}

function Upper(opts) {
  if (!(this instanceof Upper)) return new Upper(opts);
  Transform.call(this, opts);
}
util.inherits(Upper, Transform);
Upper.prototype._transform = function(chunk, enc, cb) {
  cb(null, chunk.toString().toUpperCase());
};

class LineSplitter extends Transform {
  constructor() {
    super({ readableObjectMode: true });
    this.rest = '';
  }

  _transform(chunk, enc, cb) {
    const lines = (this.rest + chunk).split('\n');
    this.rest = lines.pop();
    for (const line of lines) this.push(line);
    cb();
  }

  _flush(cb) {
    if (this.rest) this.push(this.rest);
    cb();
  }
}

class Echo extends Duplex {
  _read() {}

  _write(chunk, enc, cb) {
    this.push(chunk);
    cb();
  }

  _final(cb) {
    this.push(null);
    cb();
  }
}

async function collect(stream) {
  let out = '';
  stream.setEncoding('utf8');
  for await (const s of stream) out += s;
  return out;
}

async function main() {
  log('counter', JSON.stringify(await collect(new Counter(3))));
  log('upper', await collect(new Counter(2).pipe(Upper())));

  const lines = [];
  const split = new LineSplitter();
  split.on('data', (l) => lines.push(l));
  split.write('alpha\nbe');
  split.write('ta\ngam');
  split.end('ma');
  await once(split, 'end');
  log('lines', lines);

  const echo = new Echo();
  echo.end('ping');
  const [chunk] = await once(echo, 'data');
  log('echo', chunk);
  await finished(echo);
  log('echo finished', echo.destroyed);

  const sink = [];
  await pipeline(new Counter(3), new Upper(), new LineSplitter(), new Writable({
    objectMode: true,
    write(line, enc, cb) {
      sink.push(line);
      cb();
    },
  }));
  log('pipeline sink', sink);

  const pt = new PassThrough();
  setImmediate(() => pt.end('late data'));
  const [data] = await once(pt, 'data');
  log('once data', data.toString());

  const failing = new Readable({ read() { this.destroy(new Error('read failed')); } });
  try {
    await once(failing, 'data');
  } catch (err) {
    log('once rejected', err.message);
  }

  // Object mode through a Transform with a callback that pushes several.
  const dup = new Transform({
    objectMode: true,
    transform(obj, enc, cb) {
      this.push(obj);
      this.push({ ...obj, copy: true });
      cb();
    },
  });
  const all = await dup.end({ id: 1 }).toArray();
  log('toArray', all);
}

main().catch((e) => log('failed', e));
