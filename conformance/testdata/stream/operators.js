'use strict';
// The iterator helpers: early close of the source, errors, abort signals,
// the asIndexedPairs deprecation, argument checks.
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
async function main() {
  // take on an endless source closes it
  let closed = false;
  function* endless() { let i = 0; try { for (;;) yield i++; } finally { closed = true; } }
  const src = Readable.from(endless());
  src.on('close', () => log('src close'));
  log('take', await src.take(3).toArray());
  await new Promise((r) => setImmediate(r));
  log('closed', closed, src.destroyed);
  // errors in map propagate
  try { await Readable.from([1, 2, 3]).map((x) => { if (x === 2) throw new Error('map boom'); return x; }).toArray(); } catch (e) { log('map err', e.message); }
  try { await Readable.from([1, 2]).forEach(async (x) => { throw new Error('each boom ' + x); }); } catch (e) { log('forEach err', e.message); }
  // signal
  const ac = new AbortController();
  const slow = new Readable({ objectMode: true, read() {} });
  slow.push(1);
  const p = slow.map((x) => x, { signal: ac.signal }).toArray();
  setImmediate(() => { ac.abort(); slow.push(2); });
  try { await p; } catch (e) { log('aborted', e.name, e.message); }
  // asIndexedPairs deprecation
  log('pairs', await Readable.from(['a', 'b']).asIndexedPairs().toArray());
  log('flatMap async', await Readable.from([1, 2]).flatMap(async function* (x) { yield x; yield x * 10; }).toArray());
  log('filter objects', await Readable.from([{ a: 1 }, { a: 2 }]).filter((o) => o.a > 1).toArray());
  const c = Readable.from(['x', 'y']).compose(async function* (s) { for await (const v of s) yield v.toUpperCase(); });
  log('compose', await c.toArray());
  log('reduce no init', await Readable.from([1, 2, 3]).reduce((a, b) => a + b));
  log('drop all', await Readable.from([1, 2]).drop(5).toArray());
  try { Readable.from([1]).take(-1); } catch (e) { log(e.code, e.message); }
  try { Readable.from([1]).map((x) => x, { concurrency: 0 }); } catch (e) { log(e.code, e.message); }
  log('some empty', await Readable.from([]).some((x) => x));
  log('every empty', await Readable.from([]).every((x) => false));
  log('find none', await Readable.from([1]).find((x) => x > 5));
  const m = Readable.from([1, 2, 3]).map(async (x) => x * 3);
  log('map is readable', m instanceof Readable, m.readableObjectMode);
  for await (const v of m) log('m', v);
}
main().then(() => log('done'));
