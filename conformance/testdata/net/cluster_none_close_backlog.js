'use strict';
// Two SCHED_NONE workers accept on one shared socket; the first closes
// its server on its first connection while 200 connections arrive. The
// connections it had not delivered stay in the kernel's backlog for the
// other worker: every client is served, none is dropped.
const cluster = require('cluster');
const net = require('net');

const CLIENTS = 200;

if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  const closer = cluster.fork({ ROLE: 'closer' });
  const keeper = cluster.fork({ ROLE: 'keeper' });
  let listening = 0;
  cluster.on('listening', (worker, address) => {
    if (++listening === 2) connectAll(address.port);
  });
  function connectAll(port) {
    const by = { closer: 0, keeper: 0 };
    let lost = 0;
    let done = 0;
    for (let i = 0; i < CLIENTS; i++) {
      const c = net.connect(port, '127.0.0.1');
      c.setEncoding('utf8');
      let got = '';
      c.on('data', (d) => { got += d; });
      c.on('error', () => {});
      c.on('close', () => {
        if (got in by) by[got]++;
        else lost++;
        if (++done < CLIENTS) return;
        console.log(`served ${by.closer + by.keeper} of ${CLIENTS}, lost ${lost}`);
        console.log('the closer served at most one:', by.closer <= 1);
        closer.disconnect();
        keeper.disconnect();
      });
    }
  }
  let exits = 0;
  cluster.on('exit', (worker, code) => {
    if (++exits === 2) console.log('workers exited', code);
  });
} else {
  const role = process.env.ROLE;
  const server = net.createServer((sock) => {
    sock.end(role);
    if (role === 'closer') server.close();
  });
  server.listen(0);
}
