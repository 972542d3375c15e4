// Sticky sessions: the same client always lands on the same worker, so a
// worker may keep per-client state in memory. The primary accepts the TCP
// connection itself (paused, so no byte is read), hashes the client's
// address to pick a worker, and passes the socket over IPC with
// worker.send(message, socket). The worker hands it to its own HTTP server,
// which never listens on a port.
//
//   go run ./cmd/gocluster scripts/sticky_sessions.js
//   curl localhost:8000/; curl localhost:8000/   (same worker both times)
//
// PORT (default 8000), WORKERS (default: all CPUs).
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');
const net = require('node:net');
const { availableParallelism } = require('node:os');

const port = Number(process.env.PORT) || 8000;
const numWorkers = Number(process.env.WORKERS) || availableParallelism();

// Adds up the parts of an IPv4 address (the digits of an IPv6 one): crude,
// but stable, which is all stickiness needs.
function hashAddress(address) {
  let sum = 0;
  for (const part of address.split(/[.:]/)) sum += parseInt(part, 16) || 0;
  return sum;
}

if (cluster.isPrimary) {
  console.log(`Primary ${process.pid} is running`);
  const workers = [];
  for (let i = 0; i < numWorkers; i++) {
    workers.push(cluster.fork());
  }

  let online = 0;
  cluster.on('online', () => {
    if (++online !== numWorkers) return;
    // pauseOnConnect: the primary must not read the request, the worker will.
    net.createServer({ pauseOnConnect: true }, (socket) => {
      const worker = workers[hashAddress(socket.remoteAddress) % workers.length];
      worker.send('sticky-session:connection', socket);
    }).listen(port, () => {
      console.log(`Primary routes connections on port ${port}`);
    });
  });

  cluster.on('exit', (worker, code, signal) => {
    console.log(`Worker ${worker.process.pid} died, replacing it`);
    workers[workers.indexOf(worker)] = cluster.fork();
  });
} else {
  const visits = new Map();
  const server = http.createServer((req, res) => {
    const client = req.socket.remoteAddress;
    visits.set(client, (visits.get(client) || 0) + 1);
    res.end(`Worker ${cluster.worker.id} (pid ${process.pid}) has seen you ${visits.get(client)} time(s)\n`);
  });

  process.on('message', (msg, socket) => {
    if (msg !== 'sticky-session:connection' || !socket) return;
    server.emit('connection', socket);
    socket.resume();
  });
  console.log(`Worker ${process.pid} started`);
}
