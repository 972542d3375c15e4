'use strict';
// cork()/uncork(): buffered writes go to _writev in one batch, nested
// corks, end() uncorking, and the same without _writev.
const { Writable } = require('stream');
const { trace, log } = require('./_trace');

function make(name, withWritev, async) {
  const opts = {
    write(chunk, enc, cb) {
      log(`${name} _write`, chunk, enc);
      if (async) setImmediate(cb);
      else cb();
    },
  };
  if (withWritev) {
    opts.writev = function(chunks, cb) {
      log(`${name} _writev`, chunks.length, chunks.map((c) => `${c.chunk}/${c.encoding}`).join(' '),
        'allBuffers', chunks.allBuffers);
      if (async) setImmediate(cb);
      else cb();
    };
  }
  const w = new Writable(opts);
  trace(name, w, ['drain', 'finish', 'close', 'error']);
  return w;
}

const steps = [];
function next() {
  const s = steps.shift();
  if (s) setImmediate(s);
}

steps.push(() => {
  const w = make('a', true, false);
  w.cork();
  w.write('1', () => log('cb 1'));
  w.write('2', () => log('cb 2'));
  w.write('3');
  log('corked', w.writableCorked, 'len', w.writableLength, 'buffered', w.writableBuffer.length);
  w.uncork();
  log('after uncork', w.writableCorked, w.writableLength);
  w.on('finish', next);
  process.nextTick(() => w.end());
});

steps.push(() => {
  const w = make('b', true, true);
  w.cork();
  w.cork();
  w.write('x');
  w.write('y');
  w.uncork();
  log('still corked', w.writableCorked);
  process.nextTick(() => {
    w.uncork();
    log('uncorked', w.writableCorked);
  });
  w.on('finish', next);
  setImmediate(() => w.end('z'));
});

steps.push(() => {
  const w = make('c', false, false);
  w.cork();
  w.write('p');
  w.write('q');
  w.write(Buffer.from('r'));
  w.cork();
  w.end('s', () => log('end cb'));
  log('corked after end', w.writableCorked);
  w.on('close', next);
});

steps.push(() => {
  // Writes during an async _write queue up and then batch.
  const w = make('d', true, true);
  w.write('first');
  w.write('second', 'utf8', () => log('cb second'));
  w.write('third', () => log('cb third'));
  w.end();
  w.on('close', next);
});

steps.push(() => {
  // decodeStrings: false keeps strings, so the batch is not all buffers.
  const w = new Writable({
    decodeStrings: false,
    writev(chunks, cb) {
      log('e _writev', chunks.map((c) => `${typeof c.chunk}:${c.encoding}`).join(' '), chunks.allBuffers);
      cb();
    },
  });
  w.cork();
  w.write('s');
  w.write(Buffer.from('b'));
  w.uncork();
  w.end(next);
});

next();
