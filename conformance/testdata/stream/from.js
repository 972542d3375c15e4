'use strict';
// Readable.from(): arrays, strings and Buffers (one chunk), generators,
// async generators, promises as values, null values, closing iterators.
const { Readable } = require('stream');
const { trace, log } = require('./_trace');

const steps = [];
function next() {
  const s = steps.shift();
  if (s) setImmediate(s);
}

function drain(name, r, then) {
  const got = [];
  r.on('data', (v) => got.push(v));
  r.on('error', (e) => log(name, 'error', e));
  r.on('close', () => {
    log(name, 'got', got);
    then();
  });
}

steps.push(() => {
  const r = Readable.from([1, 'two', { three: 3 }]);
  log('objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
  drain('array', r, next);
});

steps.push(() => {
  drain('string', Readable.from('whole string'), next);
});

steps.push(() => {
  drain('buffer', Readable.from(Buffer.from('buf')), next);
});

steps.push(() => {
  function* gen() {
    try {
      yield 'g1';
      yield Promise.resolve('g2 (awaited)');
      yield 'g3';
    } finally {
      log('generator finally');
    }
  }
  drain('generator', Readable.from(gen()), next);
});

steps.push(() => {
  async function* agen() {
    yield 'a1';
    await null;
    yield 'a2';
  }
  drain('async generator', Readable.from(agen(), { objectMode: false }), next);
});

steps.push(() => {
  drain('null value', Readable.from(['ok', null, 'never']), next);
});

steps.push(() => {
  async function* failing() {
    yield 'before';
    throw new Error('generator threw');
  }
  drain('throwing', Readable.from(failing()), next);
});

steps.push(() => {
  function* endless() {
    let i = 0;
    try {
      for (;;) yield i++;
    } finally {
      log('endless closed');
    }
  }
  const r = Readable.from(endless());
  trace('endless', r, ['close', 'error']);
  r.on('data', (v) => {
    if (v === 3) r.destroy();
  });
  r.on('close', next);
});

steps.push(() => {
  const set = new Set(['s1', 's2']);
  drain('set', Readable.from(set), next);
});

steps.push(() => {
  try {
    Readable.from(42);
  } catch (e) {
    log(e.code, e.message);
  }
  try {
    Readable.from({});
  } catch (e) {
    log(e.code, e.message);
  }
  next();
});

next();
