'use strict';
// fs.watch and fs.promises.watch: event types and names (as a set per
// step, since inotify merges repeated events), recursive watches (names
// only: node 20 emulates them on Linux with other event types), encodings,
// close/abort, and the errors for bad arguments and missing paths.
const fs = require('fs');
const path = require('path');
const { setTimeout: sleep } = require('timers/promises');
const { at, show } = require('./_tmp');

const tryIt = (label, fn) => {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.code, show(e.message), show(Object.keys(e)));
  }
};

async function step(events, label, fn) {
  events.length = 0;
  fn();
  await sleep(100);
  console.log(label, [...new Set(events)].sort().join(' | '));
}

(async () => {
  tryIt('missing', () => fs.watch(at('nope')));
  tryIt('bad path', () => fs.watch(5));
  tryIt('bad options', () => fs.watch(at(), 5));
  tryIt('bad encoding', () => fs.watch(at(), { encoding: 'bogus' }));
  tryIt('bad recursive', () => fs.watch(at(), { recursive: '1' }));
  tryIt('bad signal', () => fs.watch(at(), { signal: 1 }));

  fs.mkdirSync(at('d'));
  const events = [];
  const w = fs.watch(at('d'), (type, name) => events.push(`${type} ${name}`));
  console.log(Object.getPrototypeOf(w).constructor.name, Object.keys(w));
  await step(events, 'create', () => fs.writeFileSync(at('d', 'a.txt'), 'x'));
  await step(events, 'append', () => fs.appendFileSync(at('d', 'a.txt'), 'y'));
  await step(events, 'chmod', () => fs.chmodSync(at('d', 'a.txt'), 0o600));
  await step(events, 'rename', () => fs.renameSync(at('d', 'a.txt'), at('d', 'b.txt')));
  await step(events, 'mkdir', () => fs.mkdirSync(at('d', 'sub')));
  await step(events, 'in sub (not recursive)', () => fs.writeFileSync(at('d', 'sub', 'c.txt'), 'z'));
  await step(events, 'unlink', () => fs.unlinkSync(at('d', 'b.txt')));
  w.on('close', () => console.log('close event'));
  console.log('close returns', w.close(), 'twice', w.close());
  await sleep(10);

  const fileEvents = [];
  fs.writeFileSync(at('f.txt'), '1');
  const fw = fs.watch(at('f.txt'), { encoding: 'buffer' }, (type, name) => {
    fileEvents.push(`${type} ${Buffer.isBuffer(name)} ${name}`);
  });
  await step(fileEvents, 'file write', () => fs.writeFileSync(at('f.txt'), '22'));
  await step(fileEvents, 'file unlink', () => fs.unlinkSync(at('f.txt')));
  fw.close();

  const rec = [];
  const rw = fs.watch(at('d'), { recursive: true }, (type, name) => rec.push(name));
  await step(rec, 'recursive in sub', () => fs.writeFileSync(at('d', 'sub', 'c.txt'), 'zz'));
  await step(rec, 'recursive new dir', () => fs.mkdirSync(at('d', 'sub', 'deep')));
  await step(rec, 'recursive new file', () => fs.writeFileSync(at('d', 'sub', 'deep', 'e.txt'), 'e'));
  rw.close();

  const ac = new AbortController();
  const aw = fs.watch(at('d'), { signal: ac.signal });
  aw.on('close', () => console.log('closed by abort'));
  ac.abort();
  await sleep(10);

  const pw = fs.promises.watch(at('d'));
  setTimeout(() => fs.writeFileSync(at('d', 'p.txt'), 'p'), 50);
  for await (const ev of pw) {
    console.log('promises', ev);
    break;
  }
  console.log('after break', await pw.next());
  await fs.promises.watch(5).next().catch((e) => console.log('promises bad path', e.code));
  await fs.promises.watch(at('d'), { persistent: 1 }).next().catch((e) => console.log('promises bad persistent', e.code));
  await fs.promises.watch(at('nope')).next().catch((e) => console.log('promises missing', e.code, e.syscall, show(e.path)));
  const it = fs.promises.watch(at('d'), { signal: AbortSignal.abort() });
  await it.next().catch((e) => console.log('promises abort', e.name, e.code));
  console.log(await it.next());

  // A watcher that is not persistent does not keep the process alive.
  fs.watch(at('d'), { persistent: false });
  fs.watch(at('d')).unref();
  console.log('done', path.basename(__filename));
})();
