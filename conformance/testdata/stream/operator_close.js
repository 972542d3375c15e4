'use strict';
// A consumer that stops early: a return() that comes while the operator is
// still working on a next() waits for it, as an async generator's does, so
// the mapper runs for the item already being pulled. Also: an unknown
// encoding object is named as util.inspect shows it, and the order of the
// symbol keys on Readable.prototype.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);

async function early(op) {
  let calls = 0;
  let pulled = 0;
  const stream = Readable.from(async function* () {
    for (;;) { pulled++; yield 1; }
  }())[op](async (x) => { calls++; log(op, 'fn', calls); return op === 'map' ? x + x : x < 3; });
  let i = 1;
  for await (const item of stream) {
    log(op, 'got', item);
    if (++i === 5) break;
  }
  log(op, 'broke after', calls, 'calls');
  await new Promise((r) => setImmediate(r));
  log(op, 'calls', calls, 'pulled', pulled);
}

// With concurrency 2 the mapper runs ahead of the consumer; a break still
// lets the item in progress through the mapper.
async function concurrent() {
  let mapped = 0;
  const stream = Readable.from([1, 2, 3, 4, 5, 6]).map((x) => { mapped++; log('c map', x); return x; }, { concurrency: 2 });
  for await (const v of stream) {
    log('c got', v);
    if (v === 2) break;
  }
  log('c mapped', mapped);
  let filtered = 0;
  for await (const v of Readable.from([1, 2, 3, 4, 5, 6]).filter(async () => { filtered++; return true; })) {
    if (v === 3) break;
  }
  log('filtered', filtered);
  let pulled = 0;
  const endless = Readable.from(function* () { for (let i = 0; ; i++) { pulled++; yield i; } }());
  for await (const v of endless.drop(2)) if (v === 5) break;
  log('drop pulled', pulled);
  let seen = [];
  log('some', await Readable.from([1, 2, 3, 4]).some((x) => { seen.push(x); return x === 2; }), seen);
  seen = [];
  log('every', await Readable.from([1, 2, 3, 4]).every((x) => { seen.push(x); return x < 2; }), seen);
  seen = [];
  log('find', await Readable.from([1, 2, 3, 4]).find((x) => { seen.push(x); return x > 2; }), seen);
}

async function main() {
  await early('map');
  await early('filter');
  await concurrent();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  for (const enc of [{}, { a: 1 }, [1], 'nope', 42]) {
    try { w.setDefaultEncoding(enc); } catch (e) { log(e.code, e.message); }
  }
  try { new Readable({ encoding: { x: 'y' } }); } catch (e) { log(e.code, e.message); }
  log(Object.getOwnPropertySymbols(Readable.prototype).map(String).join(' '));
}
main();
