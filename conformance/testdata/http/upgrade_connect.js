'use strict';
// Upgrade and CONNECT: the server's 'upgrade' and 'connect' events get the
// request, the socket and the bytes after the head; the client's get the
// response, the socket and its head. Without a 'connect' listener the
// server drops CONNECT; without 'upgrade' an upgrade request is ordinary.
const http = require('http');
const net = require('net');
const { exchange } = require('./_raw');

async function serverSide() {
  const server = http.createServer((req, res) => {
    console.log('request', req.method, req.url, req.headers.upgrade);
    res.end('plain');
  });
  const { port } = await new Promise((r) => server.listen(0, '127.0.0.1', () => r(server.address())));
  console.log('no upgrade listener:');
  console.log(await exchange(port, 'GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n'));
  console.log('no connect listener:');
  console.log(await exchange(port, 'CONNECT example.com:443 HTTP/1.1\r\nHost: x\r\n\r\n', { waitClose: true }));

  server.on('upgrade', (req, socket, head) => {
    console.log('upgrade', req.method, req.url, req.headers.upgrade, JSON.stringify(String(head)),
      socket instanceof net.Socket, socket.listenerCount('data'));
    socket.on('data', (d) => console.log('upgraded data', JSON.stringify(String(d))));
    socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhi');
  });
  server.on('connect', (req, socket, head) => {
    console.log('connect', req.url, JSON.stringify(String(head)));
    socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
  });
  console.log(await exchange(port,
    'GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: echo\r\nConnection: keep-alive, Upgrade\r\n\r\nfirst bytes', { waitClose: true }));
  console.log(await exchange(port, 'CONNECT example.com:443 HTTP/1.1\r\nHost: x\r\n\r\nclient hello', { waitClose: true }));
  await new Promise((r) => server.close(r));
}

async function clientSide() {
  const server = http.createServer();
  server.on('upgrade', (req, socket, head) => {
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nafter');
    socket.on('data', (d) => { console.log('server got', String(d)); socket.end(); });
  });
  server.on('connect', (req, socket) => {
    socket.write('HTTP/1.1 200 OK\r\n\r\ntunneled');
    socket.on('data', (d) => { console.log('server tunnel got', String(d)); socket.end(); });
  });
  const { port } = await new Promise((r) => server.listen(0, '127.0.0.1', () => r(server.address())));
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'x' } });
    req.on('upgrade', (res, socket, head) => {
      console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(String(head)));
      socket.end('ping');
      socket.on('close', resolve);
    });
    req.on('close', () => console.log('client req close'));
    req.end();
  });
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'CONNECT', path: 'example.com:443' });
    req.on('connect', (res, socket, head) => {
      console.log('client connect', res.statusCode, JSON.stringify(String(head)));
      socket.end('data through');
      socket.on('close', resolve);
    });
    req.end();
  });
  await new Promise((r) => server.close(r));
}

(async () => {
  await serverSide();
  await clientSide();
  console.log('done');
})();
