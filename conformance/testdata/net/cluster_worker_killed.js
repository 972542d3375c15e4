// conformance: timeout=30s
// conformance: unordered
// Round-robin with connections queued in the primary: worker A stops its
// event loop, five clients connect, the primary hands the first to A (which
// cannot acknowledge it) and queues the rest. Worker B starts; then A is
// killed. The queued connections all reach B; the one handed to A before it
// died is lost, in node too (it is never answered), so it is counted apart.
'use strict';
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_RR;
  const names = {};
  cluster.on('exit', (w, code, signal) => console.log('exit', names[w.id], code, signal));
  const a = cluster.fork({ NAME: 'A' });
  names[a.id] = 'A';
  a.once('listening', (address) => {
    a.send('block');
    a.once('message', () => {
      const results = [];
      const clients = [];
      let served = 0;
      let closed = 0;
      for (let i = 0; i < 5; i++) {
        const c = net.connect(address.port, '127.0.0.1');
        clients.push(c);
        let got = '';
        c.setEncoding('utf8');
        c.on('data', (d) => { got += d; });
        c.on('error', (e) => { got += e.code; });
        c.on('end', () => {
          // Once B has answered the four queued connections, the one left
          // is the connection A took with it: no timer decides that.
          if (++served === 4) for (const other of clients) if (!other.readableEnded) other.destroy();
        });
        c.on('close', () => {
          results[i] = got || 'lost';
          if (++closed < 5) return;
          console.log('answers in connect order:', results.join(' '));
          console.log('served by B:', results.filter((r) => r === 'B').length);
          cluster.disconnect();
        });
      }
      setTimeout(() => {
        const b = cluster.fork({ NAME: 'B' });
        names[b.id] = 'B';
        b.once('listening', () => {
          console.log('B listening; killing A');
          a.process.kill('SIGKILL');
        });
      }, 300);
    });
  });
} else {
  net.createServer((s) => s.end(process.env.NAME)).listen(0);
  process.on('message', () => {
    process.send('blocking');
    const until = Date.now() + 5000;
    while (Date.now() < until);
  });
}
