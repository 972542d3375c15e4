'use strict';
// A server on a Unix domain socket path: address() is the path, a client
// connects by path, data flows both ways, and the socket file goes away
// when the server closes. A second server on the same path gets
// EADDRINUSE.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gc-net-'));
const sockPath = path.join(dir, 'server.sock');
const rel = (p) => (typeof p === 'string' ? path.relative(dir, p) : p);

const server = net.createServer((sock) => {
  console.log('server connection', sock.remoteAddress, sock.localAddress, JSON.stringify(sock.address()));
  sock.setEncoding('utf8');
  sock.on('data', (d) => sock.end(`echo ${d}`));
});
server.listen(sockPath, () => {
  console.log('listening', rel(server.address()), fs.statSync(sockPath).isSocket());
  const other = net.createServer();
  other.on('error', (err) => {
    console.log('second listen', err.code, err.syscall, rel(err.address), err.message.replace(dir, 'DIR'));
    const c = net.connect(sockPath, () => {
      console.log('client connect', c.remoteAddress, JSON.stringify(c.address()));
      c.write('hi');
    });
    c.setEncoding('utf8');
    c.on('data', (d) => console.log('client data', d));
    c.on('end', () => console.log('client end'));
    c.on('close', () => {
      server.close(() => {
        console.log('closed; file left', fs.existsSync(sockPath));
        fs.rmdirSync(dir);
      });
    });
  });
  other.listen({ path: sockPath });
});
