'use strict';
// http.Agent: keep-alive sockets reused (reusedSocket, one server
// connection), maxSockets queueing requests, the pool's bookkeeping, the
// 'free' event, and a non-keep-alive agent closing after each response.
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => {
  res.end(`${req.url} on ${req.socket.remotePort === undefined ? '?' : 'a socket'}`);
});
server.on('connection', () => connections++);

function get(agent, path) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${path} ${res.statusCode} ${body} reused=${req.reusedSocket}`));
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const name = `127.0.0.1:${server.address().port}:`;
  const keep = new http.Agent({ keepAlive: true, maxSockets: 1 });
  console.log('options', keep.keepAlive, keep.maxSockets, keep.maxFreeSockets, keep.scheduling, keep.keepAliveMsecs);
  console.log(await get(keep, '/1'));
  await new Promise((r) => setImmediate(r));
  console.log('free sockets', Object.keys(keep.freeSockets).map((k) => k === name), keep.freeSockets[name]?.length);
  console.log(await get(keep, '/2'));
  // With maxSockets 1, three at once take turns on one socket.
  const all = await Promise.all([get(keep, '/a'), get(keep, '/b'), get(keep, '/c')]);
  console.log(all.join('\n'));
  console.log('connections so far', connections);
  keep.on('free', (socket, options) => console.log('free event', options.path));
  console.log(await get(keep, '/3'));
  await new Promise((r) => setImmediate(r));
  keep.destroy();

  const plain = new http.Agent();
  console.log(await get(plain, '/x'), await get(plain, '/y'));
  console.log('connections', connections, 'plain free', Object.keys(plain.freeSockets).length);
  console.log('getName', plain.getName({ host: 'h', port: 1, localAddress: 'l', family: 6 }), plain.getName());
  console.log('globalAgent', http.globalAgent.keepAlive, http.globalAgent.options.timeout,
    http.globalAgent.options.scheduling, http.globalAgent instanceof http.Agent);
  server.close(() => console.log('closed'));
});
