'use strict';
// Leaving a for-await over a Readable early: return() awaits one promise job
// before the destroy, as an async generator resumed to return does; the
// order against promise jobs and ticks, for several kinds of stream.
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
async function run(name, make) {
  const r = make();
  r.on('close', () => log(name, 'close'));
  r.on('error', (e) => log(name, 'error', e.message));
  let n = 0;
  const mark = () => { if (n < 8) { log(name, 'mt', n++); Promise.resolve().then(mark); } };
  for await (const x of r) {
    log(name, 'got', String(x));
    Promise.resolve().then(mark);
    process.nextTick(() => log(name, 'tick'));
    break;
  }
  log(name, 'after loop', r.destroyed);
  await new Promise((res) => setImmediate(res));
}
(async () => {
  await run('obj', () => new Readable({ objectMode: true, read() { this.push('a'); }, destroy(err, cb) { log('obj _destroy'); cb(err); } }));
  await run('from', () => Readable.from(['a', 'b']));
  await run('gen', () => Readable.from((async function* () { try { yield 'a'; yield 'b'; } finally { log('gen finally'); } })()));
  await run('pt', () => { const p = new PassThrough(); p.write('a'); return p; });
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2);
  const it = r[Symbol.asyncIterator]();
  log('n1', await it.next());
  const ret = it.return();
  log('destroyed sync', r.destroyed);
  log('ret', await ret, r.destroyed);
  const r2 = new Readable({ objectMode: true, read() {} });
  const it2 = r2.iterator({ destroyOnReturn: false });
  r2.push('x');
  log('n', await it2.next());
  await it2.return();
  log('kept', r2.destroyed, r2.read());
})();
