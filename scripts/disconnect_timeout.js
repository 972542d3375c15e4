// worker.disconnect() with a deadline. Disconnecting a worker closes its
// servers and waits for their connections to end; a client that never hangs
// up would keep the worker alive for ever. So on SIGTERM (or SIGINT) the
// primary tells the worker to shut down, disconnects it, and kills it if the
// 'disconnect' event has not come within KILL_TIMEOUT_MS.
//
//   go run ./cmd/gocluster scripts/disconnect_timeout.js
//   nc localhost 8000 &      (a connection that never ends)
//   kill -TERM <primary pid> (the worker is killed after the timeout)
//
// PORT (default 8000), KILL_TIMEOUT_MS (default 2000).
'use strict';
const cluster = require('node:cluster');
const net = require('node:net');

const port = Number(process.env.PORT) || 8000;
const killTimeout = Number(process.env.KILL_TIMEOUT_MS) || 2000;

if (cluster.isPrimary) {
  const worker = cluster.fork();
  let timeout;

  worker.on('listening', (address) => {
    console.log(`worker ${worker.id} is listening on port ${address.port}`);
  });

  function shutdown(signal) {
    console.log(`primary got ${signal}, disconnecting worker ${worker.id}`);
    worker.send('shutdown');
    worker.disconnect();
    timeout = setTimeout(() => {
      console.log(`worker ${worker.id} did not disconnect within ${killTimeout} ms, killing it`);
      worker.kill();
    }, killTimeout);
  }
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);

  worker.on('disconnect', () => {
    clearTimeout(timeout);
    console.log(`worker ${worker.id} disconnected`);
  });
  worker.on('exit', (code, signal) => {
    console.log(`worker ${worker.id} exited (${signal || code})`);
  });
} else {
  let open = 0;
  const server = net.createServer((socket) => {
    // Connections never end from this side.
    open++;
    socket.on('close', () => open--);
  });
  server.listen(port);

  process.on('message', (msg) => {
    if (msg === 'shutdown') {
      // A real server would ask its clients to finish here.
      console.log(`worker ${cluster.worker.id} shutting down with ${open} open connection(s)`);
    }
  });
}
