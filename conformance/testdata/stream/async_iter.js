'use strict';
// for await over a Readable: all chunks, early exit destroys, errors
// reject, destroyOnReturn: false, iterator() options.
const { Readable, PassThrough } = require('stream');
const { trace, log } = require('./_trace');

async function main() {
  log('--- all chunks');
  const r = new Readable({ read() {} });
  trace('r', r, ['end', 'close']);
  r.push('a');
  setImmediate(() => {
    r.push('b');
    r.push(null);
  });
  const got = [];
  for await (const chunk of r) got.push(String(chunk));
  log('got', got, 'destroyed', r.destroyed);

  log('--- break destroys');
  const r2 = Readable.from([1, 2, 3]);
  trace('r2', r2, ['end', 'close', 'error']);
  for await (const v of r2) {
    log('v', v);
    if (v === 2) break;
  }
  log('after break destroyed', r2.destroyed);
  await new Promise((resolve) => setImmediate(resolve));

  log('--- error rejects');
  const r3 = new Readable({ read() {} });
  setImmediate(() => r3.destroy(new Error('iter fail')));
  try {
    for await (const v of r3) log('unexpected', v);
  } catch (err) {
    log('caught', err);
  }

  log('--- destroyOnReturn: false');
  const r4 = new PassThrough({ objectMode: true });
  r4.write('x');
  r4.write('y');
  r4.end('z');
  for await (const v of r4.iterator({ destroyOnReturn: false })) {
    log('first', v);
    break;
  }
  log('destroyed', r4.destroyed);
  for await (const v of r4) log('rest', v);

  log('--- manual next/return');
  const r5 = Readable.from(['m', 'n']);
  const it = r5[Symbol.asyncIterator]();
  log(await it.next());
  log(await it.return());
  log(await it.next());
  log('it.stream is r5', it.stream === r5);
  await new Promise((resolve) => setImmediate(resolve));
  log('r5 destroyed', r5.destroyed);

  try {
    r5.iterator(1);
  } catch (e) {
    log(e.code, e.message);
  }

  log('--- setEncoding with iteration');
  const r6 = new Readable({ read() {} });
  r6.setEncoding('utf8');
  r6.push(Buffer.from([0xc3]));
  r6.push(Buffer.from([0xa9, 0x21]));
  r6.push(null);
  for await (const s of r6) log('str', s);
}

main().then(() => log('done'));
