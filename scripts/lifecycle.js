// Every event in a worker's life, as the primary sees it: 'fork' (the
// process was spawned), 'online' (it runs), 'listening' (its server is
// up), 'disconnect' (the IPC channel closed) and 'exit'. A watchdog started
// at 'fork' complains if 'listening' does not follow soon. The primary
// disconnects the worker after LIFETIME_MS, and the program ends by itself.
//
//   go run ./cmd/gocluster scripts/lifecycle.js
//   curl localhost:8000/         (within LIFETIME_MS)
//
// PORT (default 8000), LIFETIME_MS (default 10000), WATCHDOG_MS (default 2000).
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');

const port = Number(process.env.PORT) || 8000;
const lifetime = Number(process.env.LIFETIME_MS) || 10000;
const watchdogMs = Number(process.env.WATCHDOG_MS) || 2000;

if (cluster.isPrimary) {
  console.log(`Primary ${process.pid} is running`);
  const watchdogs = {};
  function complain() {
    console.error('Something must be wrong with the connection ...');
  }
  cluster.on('fork', (worker) => {
    console.log(`Worker #${worker.id} forked (pid ${worker.process.pid})`);
    watchdogs[worker.id] = setTimeout(complain, watchdogMs);
  });
  cluster.on('listening', (worker, address) => {
    clearTimeout(watchdogs[worker.id]);
  });

  const worker = cluster.fork();
  worker.on('online', () => {
    console.log(`Worker ${worker.process.pid} is online`);
  });
  worker.on('listening', (address) => {
    console.log(`Worker ${worker.process.pid} is listening on port ${address.port}`);
  });
  worker.on('disconnect', () => {
    console.log(`Worker ${worker.process.pid} has disconnected`);
  });
  worker.on('exit', (code, signal) => {
    clearTimeout(watchdogs[worker.id]);
    console.log(`Worker ${worker.process.pid} exited with code ${code} and signal ${signal}`);
    if (signal) {
      console.log(`Worker was killed by signal: ${signal}`);
    } else if (code !== 0) {
      console.log(`Worker exited with error code: ${code}`);
    } else {
      console.log('Worker exited successfully');
    }
  });

  setTimeout(() => {
    console.log('Gracefully disconnecting worker...');
    worker.disconnect();
  }, lifetime);
} else {
  console.log(`Worker ${process.pid} started`);
  const server = http.createServer((req, res) => {
    res.writeHead(200);
    res.end(`Hello from Worker ${process.pid}\n`);
  }).listen(port);

  // worker.disconnect() from the primary closes the server first; once it
  // is closed the channel goes down and the worker has nothing left to do.
  server.on('close', () => {
    console.log(`Worker ${process.pid} closed its server`);
  });
  process.on('disconnect', () => {
    console.log(`Worker ${process.pid} disconnected`);
  });
}
