// conformance: unordered
// tls.createServer and tls.connect: the handshake's facts (protocol,
// ALPN, authorization, the peer certificate's names), data both ways,
// half-close, and a client that speaks plain TCP to the TLS server. The
// server's and the client's events interleave as the two goroutines of the
// handshake finish (in node, as one loop sees them), so lines are compared
// as a set.
'use strict';
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');

const key = fs.readFileSync(path.join(__dirname, 'fixtures/key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures/cert.pem'));

const server = tls.createServer({ key, cert, ALPNProtocols: ['echo/1', 'other'] }, (socket) => {
  console.log('server: secure', socket.encrypted, socket.getProtocol(), socket.alpnProtocol, socket.authorized);
  socket.on('data', (d) => socket.write(`echo:${d}`));
  socket.on('end', () => {
    console.log('server: client ended');
    socket.end('bye');
  });
});
server.on('tlsClientError', (err) => console.log('server: tlsClientError', typeof err.code));

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = tls.connect({ port, host: 'localhost', ca: cert, ALPNProtocols: ['echo/1'] }, () => {
    const peer = client.getPeerCertificate();
    console.log('client: secureConnect', client.authorized, client.authorizationError, client.getProtocol(), client.alpnProtocol);
    console.log('client: peer', peer.subject.CN, peer.subjectaltname, typeof peer.fingerprint256, Buffer.isBuffer(peer.raw));
    console.log('client: cipher', typeof client.getCipher().name, client.getCipher().version);
    client.write('hello');
  });
  let got = '';
  client.on('data', (d) => {
    got += d;
    if (got === 'echo:hello') client.end();
  });
  client.on('end', () => console.log('client: end', got));
  client.on('close', () => {
    console.log('client: close');
    const plain = net.connect(port, '127.0.0.1', () => plain.end('GET / HTTP/1.1\r\n\r\n'));
    plain.on('close', () => {
      console.log('plain: closed');
      server.close(() => console.log('server closed'));
    });
    plain.resume();
  });
  console.log('checkServerIdentity', tls.checkServerIdentity('localhost', { subjectaltname: 'DNS:localhost' }),
    tls.checkServerIdentity('a.example.com', { subjectaltname: 'DNS:*.example.com' }),
    tls.checkServerIdentity('a.b.example.com', { subjectaltname: 'DNS:*.example.com' }).code,
    tls.checkServerIdentity('10.0.0.1', { subjectaltname: 'IP Address:10.0.0.2' }).message);
});
