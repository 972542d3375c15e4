'use strict';
// allowHalfOpen: the server keeps writing after the client ended its side,
// and ends its own later. Without it, the server side ends at once and a
// write after that fails with EPIPE ("ended by the other party").
const net = require('net');
const { traceTo, record } = require('./_trace');

function run(allowHalfOpen, next) {
  const side = `allowHalfOpen ${allowHalfOpen}`;
  const server = net.createServer({ allowHalfOpen }, (sock) => {
    traceTo(`${side} server`, 'sock', sock, ['end', 'finish', 'close', 'error']);
    sock.on('data', (d) => record(`${side} server`, `data ${JSON.stringify(d.toString())}`));
    const writeMore = () => {
      const ok = sock.write('after end', (err) => record(`${side} server`, `write cb ${err ? err.message : err}`));
      record(`${side} server`, `write returned ${ok}`);
      if (allowHalfOpen) sock.end('bye');
    };
    sock.on('end', () => {
      record(`${side} server`, `readyState ${sock.readyState} writable ${sock.writable}`);
      // Half-open: the socket still writes. Otherwise it ends its side
      // too, and a write after that fails.
      if (allowHalfOpen) setImmediate(writeMore);
      else sock.once('finish', writeMore);
    });
  });
  server.listen(0, () => {
    const client = net.connect({ port: server.address().port, allowHalfOpen: true });
    traceTo(`${side} client`, 'client', client, ['end', 'finish', 'close', 'error']);
    client.setEncoding('utf8');
    let got = '';
    client.on('data', (d) => { got += d; });
    client.on('connect', () => client.end('hi'));
    client.on('end', () => record(`${side} client`, `got ${JSON.stringify(got)} readyState ${client.readyState}`));
    client.on('close', () => server.close(next));
  });
}

run(true, () => run(false, () => console.log('done')));
