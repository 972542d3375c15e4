// conformance: unordered
// The graceful-shutdown example: on SIGTERM the primary tells its workers
// to stop; each closes its server (no new connections) and exits once the
// requests in flight are answered. Every in-flight request succeeds.
'use strict';
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  const count = 2;
  for (let i = 0; i < count; i++) cluster.fork();
  process.on('SIGTERM', () => {
    console.log('primary received SIGTERM, initiating graceful shutdown...');
    for (const worker of Object.values(cluster.workers)) worker.send('shutdown');
  });
  // Counted, not read from cluster.workers: a worker leaves that map on
  // whichever of 'exit' and 'disconnect' comes last, an order node leaves
  // to timing.
  let exited = 0;
  cluster.on('exit', (worker, code, signal) => {
    console.log(`worker ${worker.id} exited (${signal || code})`);
    if (++exited === count) console.log('all workers have exited');
  });
  let listening = 0;
  cluster.on('listening', (worker, address) => {
    if (++listening < count) return;
    const results = [];
    const agent = new http.Agent({ keepAlive: false });
    let started = 0;
    for (let i = 0; i < 4; i++) {
      const req = http.get({ port: address.port, host: '127.0.0.1', path: `/${i}`, agent }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          results.push(`${res.statusCode} ${body.trim()}`);
          if (results.length === 4) console.log('in-flight requests:', results.sort().join(', '));
        });
      });
      req.on('error', (e) => console.log('request failed', e.code));
      req.on('socket', () => {
        // Once every request reached a worker, shut down.
        if (++started === 4) setTimeout(() => process.kill(process.pid, 'SIGTERM'), 100);
      });
    }
  });
} else {
  let isShuttingDown = false;
  let activeConnections = 0;
  const server = http.createServer((req, res) => {
    activeConnections++;
    setTimeout(() => {
      res.writeHead(200);
      res.end(`hello from a worker\n`);
      activeConnections--;
      if (isShuttingDown && activeConnections === 0) {
        console.log(`worker ${cluster.worker.id} has no active connections, closing server...`);
      }
    }, 400);
  });
  server.listen(0);
  process.on('message', (msg) => {
    if (msg !== 'shutdown') return;
    console.log(`worker ${cluster.worker.id} received shutdown message, stopping new connections...`);
    isShuttingDown = true;
    server.close(() => {
      console.log(`worker ${cluster.worker.id} closed server`);
      process.exit(0);
    });
  });
}
