// Cluster metrics without any dependency: workers report each request to
// the primary over IPC, and the primary serves the totals in Prometheus'
// text format on a port of its own. A scrape also asks every worker for its
// memory use and waits for all the answers.
//
//   go run ./cmd/gocluster scripts/metrics_ipc.js
//   curl localhost:8000/; curl localhost:9090/metrics
//
// PORT (default 8000), METRICS_PORT (default 9090), WORKERS (default: all CPUs).
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');
const { availableParallelism } = require('node:os');

const port = Number(process.env.PORT) || 8000;
const metricsPort = Number(process.env.METRICS_PORT) || 9090;
const numWorkers = Number(process.env.WORKERS) || availableParallelism();

if (cluster.isPrimary) {
  const requestsByWorker = {};
  for (let i = 0; i < numWorkers; i++) {
    const worker = cluster.fork();
    requestsByWorker[worker.id] = 0;
    worker.on('message', (msg) => {
      if (msg.type === 'request_processed') requestsByWorker[worker.id]++;
    });
  }

  // Ask every live worker for its heap size; resolves with { id: bytes }.
  function collectMemory() {
    const workers = Object.values(cluster.workers);
    return Promise.all(workers.map((worker) => new Promise((resolve) => {
      const onMessage = (msg) => {
        if (msg.type !== 'memory') return;
        worker.off('message', onMessage);
        resolve([worker.id, msg.heapUsed]);
      };
      worker.on('message', onMessage);
      worker.send({ type: 'report_memory' });
    }))).then(Object.fromEntries);
  }

  http.createServer(async (req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end('try /metrics\n');
      return;
    }
    const memory = await collectMemory();
    const lines = [
      '# HELP worker_requests_total Total requests handled by worker',
      '# TYPE worker_requests_total counter',
    ];
    let total = 0;
    for (const [id, count] of Object.entries(requestsByWorker)) {
      lines.push(`worker_requests_total{worker_id="${id}"} ${count}`);
      total += count;
    }
    lines.push('# HELP cluster_requests_total Total requests handled by the cluster');
    lines.push('# TYPE cluster_requests_total counter');
    lines.push(`cluster_requests_total ${total}`);
    lines.push('# HELP worker_heap_used_bytes Heap used by each live worker');
    lines.push('# TYPE worker_heap_used_bytes gauge');
    for (const [id, bytes] of Object.entries(memory)) {
      lines.push(`worker_heap_used_bytes{worker_id="${id}"} ${bytes}`);
    }
    res.setHeader('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
    res.end(lines.join('\n') + '\n');
  }).listen(metricsPort, () => {
    console.log(`Metrics on port ${metricsPort}/metrics`);
  });
} else {
  let requestCount = 0;
  process.on('message', (msg) => {
    if (msg.type === 'report_memory') {
      process.send({ type: 'memory', heapUsed: process.memoryUsage().heapUsed });
    }
  });
  http.createServer((req, res) => {
    requestCount++;
    process.send({ type: 'request_processed' });
    res.end(`Request ${requestCount} handled by worker ${process.pid}\n`);
  }).listen(port);
}
