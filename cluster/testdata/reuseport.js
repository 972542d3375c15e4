'use strict';
// Two workers serve a net server on one port under the policy the
// environment picks; each connection gets the serving worker's id. The
// primary prints {"port", "policy", "same"} once both listen. With
// BUSY_PORT set the workers listen there instead and report the error.
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const ports = [];
  for (let i = 0; i < 2; i++) cluster.fork();
  cluster.on('listening', (worker, address) => {
    ports.push(address.port);
    if (ports.length === 2) {
      console.log(JSON.stringify({ port: ports[0], policy: cluster.schedulingPolicy, same: ports[0] === ports[1] }));
    }
  });
  cluster.on('message', (worker, msg) => console.log(JSON.stringify(msg)));
} else {
  const server = net.createServer((socket) => socket.end(`w${cluster.worker.id}`));
  server.on('error', (err) => process.send({ error: err.code, syscall: err.syscall }));
  server.listen(Number(process.env.BUSY_PORT) || 0);
}
