'use strict';
// Stream throughput micro-benchmark (not a test): chunks per second through
// a few stream shapes. Run the same file under both runtimes:
//
//   go build -o /tmp/gocluster ./cmd/gocluster
//   /tmp/gocluster modules/stream/bench/throughput.js
//   node modules/stream/bench/throughput.js
//
// An optional argument scales the chunk counts (default 1).

const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');

const scale = Number(process.argv[2] || 1);
const chunk = Buffer.alloc(1024, 'x');

function source(n, objectMode) {
  let i = 0;
  return new Readable({
    objectMode,
    read() {
      for (;;) {
        if (i++ >= n) {
          this.push(null);
          return;
        }
        if (!this.push(objectMode ? { i } : chunk)) return;
      }
    },
  });
}

function sink(objectMode, onDone) {
  let count = 0;
  const w = new Writable({
    objectMode,
    write(c, enc, cb) {
      count++;
      cb();
    },
  });
  w.on('finish', () => onDone(count));
  return w;
}

const cases = [
  ['pipe Readable->Writable (1KiB buffers)', 200000, (n, done) => {
    source(n, false).pipe(sink(false, done));
  }],
  ['pipe Readable->Transform->Writable (1KiB)', 200000, (n, done) => {
    const t = new Transform({ transform(c, e, cb) { cb(null, c); } });
    source(n, false).pipe(t).pipe(sink(false, done));
  }],
  ['pipeline of 3 PassThroughs (objects)', 100000, (n, done) => {
    const w = sink(true, done);
    pipeline(source(n, true), new PassThrough({ objectMode: true }), new PassThrough({ objectMode: true }),
      new PassThrough({ objectMode: true }), w, (err) => { if (err) throw err; });
  }],
  ['write() loop with drain (1KiB)', 200000, (n, done) => {
    const w = sink(false, done);
    let i = 0;
    (function write() {
      while (i < n) {
        i++;
        if (!w.write(chunk)) {
          w.once('drain', write);
          return;
        }
      }
      w.end();
    })();
  }],
  ['data events, flowing (1KiB)', 200000, (n, done) => {
    let count = 0;
    const r = source(n, false);
    r.on('data', () => { count++; });
    r.on('end', () => done(count));
  }],
  ['async iteration (objects)', 100000, (n, done) => {
    const r = source(n, true);
    const it = r[Symbol.asyncIterator]();
    let count = 0;
    (function step() {
      it.next().then(({ done: end }) => {
        if (end) {
          done(count);
          return;
        }
        count++;
        step();
      });
    })();
  }],
];

let at = 0;
function runNext() {
  if (at >= cases.length) return;
  const [name, base, run] = cases[at++];
  const n = Math.max(1, Math.round(base * scale));
  const start = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  run(n, (count) => {
    const secs = Number(process.hrtime.bigint() - start) / 1e9;
    // CPU time as well: on a busy machine it moves less than wall time.
    const used = process.cpuUsage(cpu0);
    const cpuSecs = (used.user + used.system) / 1e6;
    if (count !== n) throw new Error(`${name}: ${count} of ${n} chunks arrived`);
    console.log(`${name.padEnd(44)} ${String(Math.round(n / secs)).padStart(10)} chunks/s  ` +
      `${String(Math.round(n / cpuSecs)).padStart(10)} chunks/cpu-s  (${n} in ${secs.toFixed(3)}s)`);
    setImmediate(runNext);
  });
}
runNext();
