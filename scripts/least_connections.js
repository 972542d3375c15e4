// Least connections: the primary gives each new connection to the worker
// with the fewest open ones. It counts a connection when it hands it over;
// the worker reports back when one closes. Ties go to the lowest worker id.
// GET /slow?ms=N holds the connection open for N ms, which is what makes
// the difference with plain round-robin visible.
//
//   go run ./cmd/gocluster scripts/least_connections.js
//   curl 'localhost:8000/slow?ms=3000' & curl localhost:8000/ & curl localhost:8000/
//
// PORT (default 8000), WORKERS (default: all CPUs).
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');
const net = require('node:net');
const { availableParallelism } = require('node:os');

const port = Number(process.env.PORT) || 8000;
const numWorkers = Number(process.env.WORKERS) || availableParallelism();

if (cluster.isPrimary) {
  console.log(`Primary ${process.pid} is running`);
  const workers = [];
  for (let i = 0; i < numWorkers; i++) {
    const worker = cluster.fork();
    worker.connectionCount = 0;
    workers.push(worker);
    worker.on('message', (msg) => {
      if (msg.type === 'closed') worker.connectionCount--;
    });
  }

  function leastLoaded() {
    let selected = null;
    for (const worker of workers) {
      if (selected === null || worker.connectionCount < selected.connectionCount) selected = worker;
    }
    return selected;
  }

  let online = 0;
  cluster.on('online', () => {
    if (++online !== numWorkers) return;
    net.createServer({ pauseOnConnect: true }, (socket) => {
      const worker = leastLoaded();
      worker.connectionCount++;
      worker.send('handle-connection', socket);
    }).listen(port, () => {
      console.log(`Primary balances by least connections on port ${port}`);
    });
  });
} else {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const delay = url.pathname === '/slow' ? Number(url.searchParams.get('ms')) || 1000 : 0;
    setTimeout(() => {
      res.end(`Worker ${cluster.worker.id} answered ${url.pathname}\n`);
    }, delay);
  });
  process.on('message', (msg, socket) => {
    if (msg !== 'handle-connection' || !socket) return;
    socket.on('close', () => process.send({ type: 'closed' }));
    server.emit('connection', socket);
    socket.resume();
  });
}
