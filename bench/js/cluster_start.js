'use strict';
// Worker start and idle memory: the primary forks 8 workers and times the
// first fork() to the eighth 'online' or, with BENCH_HTTP=1, the eighth
// 'listening' (each worker then serves HTTP on port 0). The workers idle a
// moment and report their RSS; the primary adds each one's PSS (from /proc,
// Linux: pages shared by the processes, the runtime's binary mostly, count
// once among them, so PSS is what a worker adds to the cluster's memory)
// and its own RSS, prints one JSON line and calls cluster.disconnect(). The
// bench times from that line to the primary's exit.
const cluster = require('cluster');
const N = 8;
const serve = process.env.BENCH_HTTP === '1';

if (cluster.isPrimary) {
  const start = process.hrtime.bigint();
  let ready = 0;
  let readyMs = 0;
  const rss = [];
  const pss = [];
  for (let i = 0; i < N; i++) cluster.fork();
  cluster.on(serve ? 'listening' : 'online', () => {
    if (++ready === N) readyMs = Number(process.hrtime.bigint() - start) / 1e6;
  });
  cluster.on('message', (worker, msg) => {
    rss.push(msg.rss);
    try {
      const rollup = require('fs').readFileSync(`/proc/${worker.process.pid}/smaps_rollup`, 'utf8');
      pss.push(Number(/^Pss:\s+(\d+) kB/m.exec(rollup)[1]) * 1024);
    } catch {}
    if (rss.length === N) {
      const primaryRss = process.memoryUsage.rss();
      process.stdout.write(JSON.stringify({ readyMs, rss, pss, primaryRss }) + '\n');
      cluster.disconnect();
    }
  });
} else {
  // Idle a moment, as a worker waiting for work, then report.
  const report = () => setTimeout(() => process.send({ rss: process.memoryUsage.rss() }), 300);
  if (serve) {
    require('http').createServer((req, res) => {
      res.writeHead(200);
      res.end('hello world\n');
    }).listen(0, report);
  } else {
    report();
  }
}
