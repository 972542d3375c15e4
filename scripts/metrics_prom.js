// Cluster metrics with the prom-client package (npm install prom-client):
// the primary keeps a registry with the default process metrics and a
// counter that workers bump over IPC, and serves it on /metrics.
//
//   npm install prom-client
//   go run ./cmd/gocluster scripts/metrics_prom.js
//   curl localhost:8000/; curl localhost:9090/metrics
//
// PORT (default 8000), METRICS_PORT (default 9090), WORKERS (default: all
// CPUs). scripts/metrics_ipc.js does the same without the package.
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');
const { availableParallelism } = require('node:os');
const promClient = require('prom-client');

const port = Number(process.env.PORT) || 8000;
const metricsPort = Number(process.env.METRICS_PORT) || 9090;
const numWorkers = Number(process.env.WORKERS) || availableParallelism();

if (cluster.isPrimary) {
  const register = new promClient.Registry();
  promClient.collectDefaultMetrics({ register });

  const workerRequests = new promClient.Counter({
    name: 'worker_requests_total',
    help: 'Total requests handled by worker',
    labelNames: ['worker_id'],
  });
  register.registerMetric(workerRequests);

  for (let i = 0; i < numWorkers; i++) {
    const worker = cluster.fork();
    worker.on('message', (msg) => {
      if (msg.type === 'request_processed') {
        workerRequests.inc({ worker_id: worker.id });
      }
    });
  }

  http.createServer(async (req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end('try /metrics\n');
      return;
    }
    res.setHeader('Content-Type', register.contentType);
    res.end(await register.metrics());
  }).listen(metricsPort, () => {
    console.log(`Metrics on port ${metricsPort}/metrics`);
  });
} else {
  let requestCount = 0;
  http.createServer((req, res) => {
    requestCount++;
    process.send({ type: 'request_processed' });
    res.end(`Request ${requestCount} handled by worker ${process.pid}\n`);
  }).listen(port);
}
