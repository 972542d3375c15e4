'use strict';
// conformance: timeout=60s
// Round-robin connections leave no descriptor behind: after 300
// connections, 10 at a time, through a 2-worker cluster, the count in
// /proc/self/fd is the same as before, in the primary and in each worker.
// conformance: unordered
const cluster = require('cluster');
const net = require('net');
const fs = require('fs');

const fds = () => fs.readdirSync('/proc/self/fd').length;

if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_RR;
  const workers = [cluster.fork(), cluster.fork()];
  let listening = 0;
  cluster.on('listening', (worker, address) => {
    if (++listening === 2) run(address.port);
  });

  function one(port) {
    return new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      let got = '';
      s.setEncoding('utf8');
      s.on('data', (d) => { got += d; });
      s.on('error', () => {});
      s.on('close', () => resolve(got));
    });
  }

  async function run(port) {
    await one(port);
    const before = fds();
    const served = { 1: 0, 2: 0 };
    for (let i = 0; i < 300; i += 10) {
      const batch = [];
      for (let k = 0; k < 10; k++) batch.push(one(port));
      for (const id of await Promise.all(batch)) served[id]++;
    }
    console.log('served', served[1] + served[2], 'both workers:', served[1] > 0 && served[2] > 0);
    console.log('primary fds unchanged:', fds() === before);
    let answered = 0;
    for (const w of workers) {
      w.once('message', (m) => {
        console.log(`worker ${w.id} fds unchanged:`, m.after === m.before);
        if (++answered === 2) cluster.disconnect();
      });
      w.send('count');
    }
  }
} else {
  let before;
  const server = net.createServer((s) => {
    s.end(String(cluster.worker.id));
  });
  server.listen(0, () => { before = fds(); });
  process.on('message', () => {
    // Closed connections finish closing on a later turn.
    setTimeout(() => process.send({ before, after: fds() }), 100);
  });
}
