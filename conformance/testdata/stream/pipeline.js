'use strict';
// pipeline(): success, a failing member destroys the rest, premature
// close, functions and iterables as members, stream/promises, signals.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const promises = require('stream/promises');
const { trace, log } = require('./_trace');

const steps = [];
function next() {
  const s = steps.shift();
  if (s) setImmediate(s);
}

function collector(name) {
  const got = [];
  const w = new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      got.push(String(chunk));
      cb();
    },
  });
  w.got = got;
  trace(name, w, ['finish', 'close', 'error']);
  return w;
}

steps.push(() => {
  log('--- success');
  const src = Readable.from(['a', 'b', 'c']);
  const up = new Transform({
    objectMode: true,
    transform(c, e, cb) {
      cb(null, c.toUpperCase());
    },
  });
  const sink = collector('sink');
  trace('src', src, ['end', 'close', 'error']);
  trace('up', up, ['end', 'finish', 'close', 'error']);
  const ret = pipeline(src, up, sink, (err) => {
    log('callback', err, sink.got);
    next();
  });
  log('returns last', ret === sink);
});

steps.push(() => {
  log('--- middle fails');
  const src = new Readable({ read() {} });
  const bad = new Transform({
    transform(c, e, cb) {
      cb(new Error('transform failed'));
    },
  });
  const sink = collector('sink');
  trace('src', src, ['end', 'close', 'error']);
  trace('bad', bad, ['end', 'finish', 'close', 'error']);
  pipeline(src, bad, sink, (err) => {
    log('callback', err, 'destroyed', src.destroyed, bad.destroyed, sink.destroyed);
    next();
  });
  src.push('x');
});

steps.push(() => {
  log('--- premature close');
  const src = new Readable({ read() {} });
  const sink = collector('sink');
  pipeline(src, sink, (err) => {
    log('callback', err);
    next();
  });
  src.push('a');
  setImmediate(() => src.destroy());
});

steps.push(() => {
  log('--- generator functions and an async sink');
  pipeline(
    function* () {
      yield 'one';
      yield 'two';
    },
    async function* (source) {
      for await (const chunk of source) yield chunk + '!';
    },
    async function(source) {
      const all = [];
      for await (const chunk of source) all.push(chunk);
      return all.join(',');
    },
    (err, value) => {
      log('callback', err, value);
      next();
    },
  );
});

steps.push(() => {
  log('--- stream/promises pipeline and finished');
  const src = Readable.from(['p', 'q']);
  const sink = collector('sink');
  promises.pipeline(src, new PassThrough({ objectMode: true }), sink).then((v) => {
    log('resolved', v, sink.got);
    return promises.finished(sink);
  }).then(() => {
    log('finished resolved');
    return promises.pipeline(Readable.from(['z']), async function* (s) {
      for await (const c of s) throw new Error('gen failed on ' + c);
    }, collector('sink2'));
  }).catch((err) => {
    log('rejected', err);
    next();
  });
});

steps.push(() => {
  log('--- abort signal');
  const ac = new AbortController();
  const src = new Readable({ read() {} });
  const sink = collector('sink');
  trace('src', src, ['close', 'error']);
  promises.pipeline(src, sink, { signal: ac.signal }).catch((err) => {
    log('aborted', err.name, err.code, err.message);
    next();
  });
  src.push('1');
  setImmediate(() => ac.abort());
});

steps.push(() => {
  log('--- argument errors');
  try {
    pipeline(new PassThrough(), () => {});
  } catch (e) {
    log(e.code, e.message);
  }
  try {
    pipeline(new PassThrough(), new PassThrough());
  } catch (e) {
    log(e.code, e.message);
  }
  try {
    pipeline(() => 42, new PassThrough(), () => {});
  } catch (e) {
    log(e.code, e.message);
  }
  next();
});

steps.push(() => {
  log('--- array form and end: false');
  const src = Readable.from(['k']);
  const sink = collector('sink');
  promises.pipeline([src, sink]).then(() => {
    log('array done', sink.got);
    const s2 = collector('open');
    return promises.pipeline(Readable.from(['m']), s2, { end: false }).then(() => {
      log('end false: sink ended?', s2.writableEnded, s2.got);
      s2.end();
      next();
    });
  });
});

next();
