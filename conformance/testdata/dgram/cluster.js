'use strict';
// dgram in cluster workers: a non-exclusive bind goes through the primary,
// so workers binding port 0 share one socket (one port); an exclusive bind
// is the worker's own; a bind the primary cannot make is the worker's
// 'error'; disconnect closes the shared sockets.
const cluster = require('cluster');
const dgram = require('dgram');

if (cluster.isPrimary) {
  const ports = {};
  const reports = [];
  cluster.on('listening', (worker, address) => {
    ports[worker.id] = ports[worker.id] || [];
    ports[worker.id].push(address);
  });
  for (let i = 0; i < 2; i++) {
    cluster.fork().on('message', function(msg) {
      reports.push(`worker ${this.id}: ${msg}`);
      if (reports.length < 8) return;
      reports.sort();
      for (const r of reports) console.log(r);
      const shared = [ports[1][0], ports[2][0]];
      console.log('listening addressType', shared[0].addressType, shared[0].address);
      console.log('workers share a port', shared[0].port === shared[1].port);
      cluster.disconnect(() => console.log('all disconnected'));
    });
  }
  const exits = [];
  cluster.on('exit', (worker, code) => {
    exits.push(`exit ${worker.id} ${code}`);
    if (exits.length === 2) console.log(exits.sort().join(', '));
  });
} else {
  const shared = dgram.createSocket('udp4');
  shared.bind(0, () => {
    process.send(`shared bound ${shared.address().address}`);
    const own = dgram.createSocket('udp4');
    own.bind({ port: 0, address: '127.0.0.1', exclusive: true }, () => {
      process.send(`exclusive port differs ${own.address().port !== shared.address().port}`);
      // A datagram to itself through the exclusive socket.
      own.on('message', (msg) => {
        process.send(`own got ${msg}`);
        own.close();
      });
      own.send(`hi ${cluster.worker.id}`, own.address().port, '127.0.0.1');
    });
    const bad = dgram.createSocket('udp4');
    bad.on('error', (err) => {
      process.send(`bad bind ${err.code} ${err.syscall} ${err.message}`);
      bad.close();
    });
    bad.bind(0, '192.0.2.1');
  });
}
