'use strict';
// IPC between one worker and the primary, over the cluster channel.
// BENCH_IPC=pingpong: the primary sends {i}, the worker sends it back, the
// primary sends the next, for BENCH_MS; it prints round trips per second.
// BENCH_IPC=flood: the primary asks the worker for BENCH_COUNT messages,
// which the worker sends as fast as process.send takes them; the primary
// prints messages per second from its request to the last one's arrival.
const cluster = require('cluster');
const mode = process.env.BENCH_IPC;
const ms = Number(process.env.BENCH_MS) || 2000;
const count = Number(process.env.BENCH_COUNT) || 50000;

if (cluster.isPrimary) {
  const worker = cluster.fork();
  const done = (rate) => {
    process.stdout.write(JSON.stringify({ rate }) + '\n');
    cluster.disconnect();
  };
  worker.on('online', () => {
    const start = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - start) / 1e9;
    if (mode === 'pingpong') {
      let trips = 0;
      worker.on('message', (msg) => {
        trips++;
        if (elapsed() * 1000 >= ms) done(trips / elapsed());
        else worker.send({ i: msg.i + 1 });
      });
      worker.send({ i: 0 });
    } else if (mode === 'flood') {
      let got = 0;
      worker.on('message', () => {
        if (++got === count) done(count / elapsed());
      });
      worker.send({ flood: count });
    } else {
      console.error('BENCH_IPC must be pingpong or flood');
      process.exit(2);
    }
  });
} else {
  process.on('message', (msg) => {
    if (msg.flood === undefined) {
      process.send(msg);
      return;
    }
    // In slices, so that the channel drains as it fills rather than all
    // at the end.
    let left = msg.flood;
    (function slice() {
      for (let k = 0; k < 1000 && left > 0; k++, left--) process.send({ cmd: 'tick', left });
      if (left > 0) setImmediate(slice);
    })();
  });
}
