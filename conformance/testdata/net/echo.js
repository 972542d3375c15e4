'use strict';
// An echo server and a client: strings in several encodings and Buffers
// go through and come back; setEncoding on the client side.
const net = require('net');

const server = net.createServer((sock) => {
  sock.pipe(sock);
});
server.listen(0, '127.0.0.1', () => {
  const { address, family, port } = server.address();
  console.log('listening', address, family, port > 0);
  const client = net.connect({ port, host: '127.0.0.1' });
  client.setEncoding('utf8');
  let got = '';
  client.on('data', (d) => { got += d; });
  client.on('connect', () => {
    console.log('connect', client.remoteAddress, client.remoteFamily, client.remotePort === port);
    console.log('local', client.localAddress, client.localFamily, client.localPort > 0);
    client.write('héllo ');
    client.write(Buffer.from('buffer '));
    client.write('776f726c64', 'hex');
    client.write(' ', 'latin1');
    client.write('YmFzZTY0', 'base64', () => console.log('write callback'));
    client.end(' end', () => console.log('end callback'));
  });
  client.on('end', () => {
    console.log('got', JSON.stringify(got));
    console.log('bytes', client.bytesRead, client.bytesWritten);
  });
  client.on('close', (hadError) => {
    console.log('client close', hadError);
    server.close(() => console.log('server closed'));
  });
});
