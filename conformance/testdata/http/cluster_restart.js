// conformance: timeout=60s
// The zero-downtime restart example, under continuous load: each worker
// in turn is replaced (a new one forked; once it listens, the old one is
// disconnected, finishing what it had) while clients keep requesting.
// No request fails.
'use strict';
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  const workers = [cluster.fork(), cluster.fork()];
  let port;
  let ok = 0;
  let failed = 0;
  let stop = false;
  const generations = new Set();
  function client() {
    if (stop) return;
    const req = http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
      generations.add(res.headers['x-generation']);
      res.resume();
      res.on('end', () => { ok++; client(); });
    });
    req.on('error', (e) => { failed++; console.log('request failed', e.code); client(); });
  }
  function restartWorkers() {
    let i = 0;
    function restartWorker() {
      if (i >= workers.length) {
        console.log('all workers restarted');
        setTimeout(() => {
          stop = true;
          setTimeout(() => {
            console.log('requests ok:', ok > 20, 'failed:', failed, 'generations seen:', [...generations].sort());
            for (const w of Object.values(cluster.workers)) w.disconnect();
          }, 200);
        }, 300);
        return;
      }
      const worker = workers[i++];
      const newWorker = cluster.fork({ GENERATION: '2' });
      newWorker.on('listening', () => {
        worker.disconnect();
        workers[workers.indexOf(worker)] = newWorker;
        setTimeout(restartWorker, 300);
      });
    }
    restartWorker();
  }
  let listening = 0;
  cluster.on('listening', (worker, address) => {
    if (++listening !== 2) return;
    port = address.port;
    for (let c = 0; c < 4; c++) client();
    setTimeout(restartWorkers, 300);
  });
  cluster.on('exit', (worker) => {
    if (worker.exitedAfterDisconnect !== true) console.log('worker died unexpectedly');
  });
} else {
  http.createServer((req, res) => {
    res.setHeader('X-Generation', process.env.GENERATION || '1');
    res.writeHead(200);
    res.end('responding\n');
  }).listen(0);
}
