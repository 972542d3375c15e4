'use strict';
// net servers in cluster workers: listen(0) in two workers gives one port
// (the primary's), connections reach the workers, with the peer's address
// intact; then everything shuts down. The first argument picks the
// scheduling policy. Shared by cluster_listen.js (rr) and
// cluster_listen_none.js (none).
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  cluster.schedulingPolicy = process.argv[2] === 'none' ? cluster.SCHED_NONE : cluster.SCHED_RR;
  const workers = [cluster.fork(), cluster.fork()];
  const ports = new Set();
  let listening = 0;
  cluster.on('listening', (worker, address) => {
    ports.add(address.port);
    if (++listening < 2) return;
    console.log('both listening; one port', ports.size === 1, 'addressType', address.addressType);
    const answers = [];
    for (let i = 0; i < 6; i++) {
      const c = net.connect(address.port, '127.0.0.1');
      c.setEncoding('utf8');
      let got = '';
      c.on('data', (d) => { got += d; });
      c.on('end', () => {
        answers.push(got);
        if (answers.length < 6) return;
        console.log('answers', answers.length, answers.every((a) => /^worker[12] 127\.0\.0\.1 IPv6 true$/.test(a)));
        for (const w of workers) w.disconnect();
      });
    }
  });
  let exits = 0;
  cluster.on('exit', (worker, code) => {
    if (++exits === 2) console.log('workers exited', code);
  });
} else {
  const server = net.createServer((sock) => {
    sock.end(`worker${cluster.worker.id} ${sock.remoteAddress.replace('::ffff:', '')} ${sock.remoteFamily} ${sock.localPort === server.address().port}`);
  });
  server.listen(0);
}
