// Weighted round-robin: a primary that picks the worker for each connection
// itself. Worker i has weight WEIGHTS[i] and receives that many connections
// in a row before the turn passes on. The primary accepts paused sockets and
// passes them to the chosen worker over IPC; the worker's HTTP server
// (which listens on no port) takes it from there.
//
//   go run ./cmd/gocluster scripts/weighted_round_robin.js
//   for i in 1 2 3 4 5 6; do curl -s localhost:8000/; done
//
// PORT (default 8000), WEIGHTS, comma-separated (default 3,2,1: three
// workers, the first gets three connections out of six).
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');
const net = require('node:net');

const port = Number(process.env.PORT) || 8000;
const weights = (process.env.WEIGHTS || '3,2,1').split(',').map(Number);

if (cluster.isPrimary) {
  console.log(`Primary ${process.pid} is running`);
  // One slot per unit of weight: [w1, w1, w1, w2, w2, w3] for 3,2,1.
  const schedule = [];
  for (const weight of weights) {
    const worker = cluster.fork({ WORKER_WEIGHT: weight });
    worker.weight = weight;
    for (let i = 0; i < weight; i++) schedule.push(worker);
  }

  let next = 0;
  let online = 0;
  cluster.on('online', () => {
    if (++online !== weights.length) return;
    net.createServer({ pauseOnConnect: true }, (socket) => {
      const worker = schedule[next++ % schedule.length];
      worker.send('handle-request', socket);
    }).listen(port, () => {
      console.log(`Balancing ${weights.length} workers by weight ${weights.join(':')} on port ${port}`);
    });
  });
} else {
  const server = http.createServer((req, res) => {
    res.end(`Handled by worker ${cluster.worker.id} (weight ${process.env.WORKER_WEIGHT}, pid ${process.pid})\n`);
  });
  process.on('message', (message, socket) => {
    if (message !== 'handle-request' || !socket) return;
    server.emit('connection', socket);
    socket.resume();
  });
}
