'use strict';
// The HTTP rows' server: Node's docs' cluster example (a primary forks
// workers, each serves hello world on one shared port) plus what the bench
// needs to read it. BENCH_WORKERS workers listen on port 0 (every worker
// gets the same port); NODE_CLUSTER_SCHED_POLICY picks the policy. Once all
// are listening the primary prints {"port", "control"} on stdout; the
// control server (the primary's own, on loopback) answers GET /stats with
// each worker's request count and RSS, asked for over IPC, and GET /quit
// with cluster.disconnect(). BENCH_NOTIFY=1 is the seed's request-counting
// example: each worker sends {cmd: 'notifyRequest'} per request and the
// primary counts them (numReqs in /stats).
const cluster = require('cluster');
const http = require('http');

const workers = Number(process.env.BENCH_WORKERS) || 1;
const notify = process.env.BENCH_NOTIFY === '1';

if (cluster.isPrimary) {
  let numReqs = 0;
  function messageHandler(msg) {
    if (msg.cmd && msg.cmd == 'notifyRequest') {
      numReqs += 1;
    }
  }
  for (let i = 0; i < workers; i++) cluster.fork();
  Object.keys(cluster.workers).forEach(function(id) {
    cluster.workers[id].on('message', messageHandler);
  });

  let listening = 0;
  cluster.on('listening', (worker, address) => {
    if (++listening === workers) startControl(address.port);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (code !== 0 && !worker.exitedAfterDisconnect) {
      console.error(`worker ${worker.id} died (${signal || code})`);
      process.exit(1);
    }
  });

  function stats(cb) {
    const list = Object.values(cluster.workers);
    const out = [];
    for (const worker of list) {
      worker.once('message', function onStats(msg) {
        if (!msg || msg.cmd !== 'bench-stats') {
          worker.once('message', onStats);
          return;
        }
        out.push(msg);
        if (out.length === list.length) {
          cb({ workers: out, numReqs, primaryRss: process.memoryUsage.rss() });
        }
      });
      worker.send({ cmd: 'bench-stats' });
    }
  }

  function startControl(port) {
    const control = http.createServer((req, res) => {
      if (req.url === '/stats') {
        stats((body) => res.end(JSON.stringify(body)));
      } else if (req.url === '/quit') {
        res.end('bye\n');
        control.close();
        cluster.disconnect();
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    control.keepAliveTimeout = 100;
    control.listen(0, '127.0.0.1', () => {
      console.log(JSON.stringify({ port, control: control.address().port }));
    });
  }
} else {
  let count = 0;
  process.on('message', (msg) => {
    if (msg && msg.cmd === 'bench-stats') {
      process.send({ cmd: 'bench-stats', id: cluster.worker.id, count, rss: process.memoryUsage.rss() });
    }
  });
  http.createServer(function(req, res) {
    count++;
    res.writeHead(200);
    res.end('hello world\n');
    if (notify) process.send({ cmd: 'notifyRequest' });
  }).listen(0);
}
