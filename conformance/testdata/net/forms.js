'use strict';
// The argument forms of listen() and connect(), and what address() and
// the callbacks see with each.
const net = require('net');

const servers = [
  ['listen()', (s, cb) => s.listen(cb)],
  ['listen(0)', (s, cb) => s.listen(0, cb)],
  ["listen('0')", (s, cb) => s.listen('0', cb)],
  ['listen(0, host)', (s, cb) => s.listen(0, '127.0.0.1', cb)],
  ['listen(0, host, backlog)', (s, cb) => s.listen(0, '127.0.0.1', 5, cb)],
  ['listen(0, backlog)', (s, cb) => s.listen(0, 5, cb)],
  ['listen({port})', (s, cb) => s.listen({ port: 0 }, cb)],
  ['listen({port: undefined})', (s, cb) => s.listen({ port: undefined, host: '::1' }, cb)],
  ['listen({port: null})', (s, cb) => s.listen({ port: null, host: '127.0.0.1' }, cb)],
  ['listen(null, cb)', (s, cb) => s.listen(null, cb)],
];

const clients = [
  ['connect(port, host, cb)', (port, cb) => net.connect(port, '127.0.0.1', cb)],
  ['connect(port, cb)', (port, cb) => net.connect(port, cb)],
  ['connect({port, host}, cb)', (port, cb) => net.connect({ port, host: '127.0.0.1' }, cb)],
  ["connect('port')", (port, cb) => net.connect(String(port)).on('connect', cb)],
  ['createConnection({port, family: 4})', (port, cb) => net.createConnection({ port, family: 4 }, cb)],
  ['new Socket().connect(port)', (port, cb) => new net.Socket().connect(port, cb)],
];

function runServers(i, next) {
  if (i === servers.length) return next();
  const [label, listen] = servers[i];
  const s = net.createServer();
  listen(s, function() {
    const a = s.address();
    console.log(label, a.address, a.family, a.port > 0, this === s, s.listening);
    s.close(() => runServers(i + 1, next));
  });
}

function runClients(port, i, next) {
  if (i === clients.length) return next();
  const [label, connect] = clients[i];
  const c = connect(port, function() {
    console.log(label, this === c, c.remoteAddress, c.remoteFamily, c.remotePort === port);
    c.end();
  });
  c.on('close', () => runClients(port, i + 1, next));
}

runServers(0, () => {
  const server = net.createServer((sock) => sock.resume());
  server.listen(0, () => {
    runClients(server.address().port, 0, () => server.close(() => console.log('done')));
  });
});
