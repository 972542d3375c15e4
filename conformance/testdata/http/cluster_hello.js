// conformance: unordered
// The cluster docs' example: workers share one http port (listen(0) gives
// every worker the same port through the primary) and answer 'hello
// world'; connections go round-robin, so consecutive requests reach both.
'use strict';
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  const workers = [cluster.fork(), cluster.fork()];
  const ports = new Set();
  let listening = 0;
  cluster.on('listening', (worker, address) => {
    ports.add(address.port);
    if (++listening < workers.length) return;
    console.log('workers listening on one port:', ports.size === 1);
    const port = [...ports][0];
    const seen = new Set();
    let n = 0;
    const next = () => {
      if (n++ === 4) {
        console.log('requests served by', seen.size, 'workers');
        for (const w of workers) w.disconnect();
        return;
      }
      http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          console.log(res.statusCode, JSON.stringify(body), res.headers['transfer-encoding']);
          seen.add(res.headers['x-worker']);
          next();
        });
      });
    };
    next();
  });
  cluster.on('exit', (worker, code, signal) => console.log(`worker ${worker.id} exited ${code} ${signal}`));
} else {
  http.createServer((req, res) => {
    res.setHeader('X-Worker', cluster.worker.id);
    res.writeHead(200);
    res.end('hello world\n');
  }).listen(0);
  console.log(`worker ${cluster.worker.id} started`);
}
