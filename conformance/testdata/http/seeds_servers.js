'use strict';
// The http servers of the seed examples (../shared/seeds: Node's cluster
// docs and tutorials), run in one process, each with a client in this
// script: the worker servers' handlers as written (process.pid shown as
// <PID>), http.Server called without new, an async handler, and the
// graceful-shutdown worker's slow responses finishing after close().
const http = require('http');
const { exchange } = require('./_raw');

const pidless = (s) => s.split(String(process.pid)).join('<PID>');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function get(port, path = '/') {
  return new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${res.statusCode} ${JSON.stringify(pidless(body))}`));
    }).on('error', reject);
  });
}

(async () => {
  // The cluster docs' worker: writeHead(200) then end('hello world\n').
  const hello = http.createServer((req, res) => {
    res.writeHead(200);
    res.end('hello world\n');
  });
  let port = await listen(hello);
  console.log('hello:', await get(port));
  console.log(await exchange(port, 'GET / HTTP/1.1\r\nHost: localhost:8000\r\n\r\n'));
  await new Promise((r) => hello.close(r));

  // The old docs call http.Server without new.
  const old = http.Server(function(req, res) {
    res.writeHead(200);
    res.end('hello world\n');
  });
  port = await listen(old);
  console.log('http.Server():', old instanceof http.Server, await get(port));
  await new Promise((r) => old.close(r));

  // "Hello from Worker", with its simulated CPU work after the answer.
  const busy = http.createServer((req, res) => {
    res.writeHead(200);
    res.end(`Hello from Worker ${process.pid}\n`);
    let i = 1e6;
    while (i > 0) { i--; }
  });
  port = await listen(busy);
  console.log('busy:', await get(port), await get(port));
  await new Promise((r) => busy.close(r));

  // Counting requests locally.
  let localRequestCount = 0;
  const counting = http.createServer((req, res) => {
    localRequestCount++;
    res.writeHead(200);
    res.end(`Hello from Worker ${process.pid}, I've handled ${localRequestCount} requests locally\n`);
  });
  port = await listen(counting);
  for (let n = 0; n < 3; n++) console.log('counting:', await get(port));
  await new Promise((r) => counting.close(r));

  // The uptime worker (uptime itself varies: only its shape is shown).
  const uptime = http.createServer((req, res) => {
    res.writeHead(200);
    res.end(`Worker ${process.pid} responding, uptime: ${process.uptime().toFixed(2)} seconds\n`);
  });
  port = await listen(uptime);
  console.log('uptime:', (await get(port)).replace(/\d+\.\d\d seconds/, '<N> seconds'));
  await new Promise((r) => uptime.close(r));

  // The metrics endpoint: an async handler.
  const metrics = http.createServer(async (req, res) => {
    if (req.url === '/metrics') {
      res.setHeader('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
      res.end(await Promise.resolve('worker_requests_total 3\n'));
    }
  });
  port = await listen(metrics);
  console.log('metrics:', await get(port, '/metrics'));
  console.log(await exchange(port, 'GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n'));
  await new Promise((r) => metrics.close(r));

  // The graceful-shutdown worker: slow answers; close() stops new
  // connections while the ones in flight finish.
  let activeConnections = 0;
  let isShuttingDown = false;
  const graceful = http.createServer((req, res) => {
    activeConnections++;
    setTimeout(() => {
      res.writeHead(200);
      res.end(`Hello from Worker ${process.pid}\n`);
      activeConnections--;
      if (isShuttingDown && activeConnections === 0) console.log('no active connections, closing server...');
    }, 200);
  });
  port = await listen(graceful);
  const inFlight = [get(port, '/a'), get(port, '/b')];
  await new Promise((r) => setTimeout(r, 50));
  console.log('shutting down with', activeConnections, 'in flight');
  isShuttingDown = true;
  graceful.close(() => console.log('graceful server closed, active', activeConnections));
  const late = await get(port, '/late').catch((e) => `refused ${e.code}`);
  console.log('new request after close:', late);
  console.log('in flight:', (await Promise.all(inFlight)).join(', '));
})();
