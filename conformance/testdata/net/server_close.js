'use strict';
// server.close() stops accepting at once, but 'close' (and the close
// callback) waits for the open connections to end; getConnections counts
// them; listening and address() follow.
const net = require('net');
const { traceTo, record } = require('./_trace');

const server = net.createServer();
traceTo('server', 'server', server, ['listening', 'close', 'error']);
const sockets = [];
server.on('connection', (sock) => {
  sockets.push(sock);
  server.getConnections((err, n) => record('server', `getConnections ${err} ${n}`));
  if (sockets.length === 2) {
    server.close((err) => record('server', `close callback ${err}`));
    record('server', `after close: listening ${server.listening} address ${server.address()}`);
    // A new connection is refused now.
    const late = net.connect(port);
    late.on('error', (err) => {
      record('late', `error ${err.code}`);
      sockets[0].end();
    });
  }
  sock.on('close', () => {
    record('server', `socket closed, connections ${server._connections}`);
    server.getConnections((err, n) => {
      record('server', `getConnections ${err} ${n}`);
      if (sock === sockets[0]) sockets[1].destroy();
    });
  });
});
let port;
server.listen(0, () => {
  port = server.address().port;
  record('server', `listening ${server.listening}`);
  for (let i = 0; i < 2; i++) {
    const c = net.connect(port);
    c.resume();
    c.on('close', (hadError) => record(`client ${i}`, `close ${hadError}`));
  }
});
