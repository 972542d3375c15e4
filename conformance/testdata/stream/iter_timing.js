'use strict';
// Async iteration interleaved with promise chains, ticks and immediates:
// where each chunk comes out relative to other microtasks.
const { Readable, PassThrough } = require('stream');

function chain(n, prefix) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => console.log(prefix + i));
}

// Everything buffered already.
const r = new Readable({ objectMode: true, read() {} });
r.push(1);
r.push(2);
r.push(3);
r.push(null);
chain(12, 'p');
(async () => {
  for await (const v of r) console.log('v', v);
  console.log('loop done');
})();

// next() called twice without waiting.
const it = new Readable({ objectMode: true, read() {} });
it.push('a');
it.push(null);
const iter = it[Symbol.asyncIterator]();
iter.next().then((x) => console.log('manual', x));
iter.next().then((x) => console.log('manual2', x));

// Chunks arriving while the loop waits.
const pt = new PassThrough({ objectMode: true });
(async () => {
  try {
    for await (const v of pt) {
      console.log('v', v);
      process.nextTick(() => console.log('tick after', v));
      Promise.resolve().then(() => console.log('micro after', v));
    }
    console.log('pt loop done');
  } catch (e) {
    console.log('err', e.message);
  }
})();
setImmediate(() => {
  chain(8, 'q');
  pt.write('x');
  process.nextTick(() => pt.write('y'));
  setImmediate(() => {
    pt.end('z');
    setImmediate(() => console.log('imm'));
  });
});

// Destroyed with an error while the loop waits.
const r2 = new Readable({ read() {} });
(async () => {
  try {
    for await (const c of r2) console.log('c', String(c));
  } catch (e) {
    console.log('caught', e.message);
  }
})();
setImmediate(() => {
  r2.push('q');
  process.nextTick(() => r2.destroy(new Error('die')));
});
