'use strict';
// An http server in a worker thread, on loopback port 0: the parent
// requests it, then asks the worker to close it; the worker exits 0.
const { Worker, isMainThread, parentPort } = require('worker_threads');
const http = require('http');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (port) => {
    http.get(`http://127.0.0.1:${port}/x`, (res) => {
      let body = '';
      res.on('data', (d) => body += d);
      res.on('end', () => { console.log('parent got', res.statusCode, body); w.postMessage('stop'); });
    });
  });
  w.on('exit', (c) => console.log('worker exit', c));
} else {
  const srv = http.createServer((req, res) => res.end('hello from worker ' + req.url));
  srv.listen(0, '127.0.0.1', () => parentPort.postMessage(srv.address().port));
  parentPort.on('message', () => { srv.close(); parentPort.close(); });
}
