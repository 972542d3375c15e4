'use strict';
// connect(): 'connect' event and callback, remoteAddress(), sends without
// an address, the errors of a connected socket, disconnect(), and ICMP
// port unreachable surfacing as a recvmsg error on a connected socket.
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  client.on('connect', () => console.log('connect event'));
  client.connect(port, '127.0.0.1', () => {
    console.log('connected');
    const remote = client.remoteAddress();
    console.log('remote', remote.address, remote.family, remote.port === port);
    attempt('connect again', () => client.connect(port));
    attempt('send with port', () => client.send('x', port));
    attempt('send with address', () => client.send('x', 0, 1, port, '127.0.0.1'));
    client.send('hello', (err, n) => console.log('sent', err, n));
    client.send(Buffer.from('abcdef'), 1, 2, (err, n) => console.log('sent slice', err, n));
  });
  let count = 0;
  server.on('message', (msg, rinfo) => {
    console.log('server got', msg.toString());
    if (++count < 2) return;
    client.disconnect();
    attempt('remoteAddress after disconnect', () => client.remoteAddress());
    attempt('disconnect again', () => client.disconnect());
    attempt('send without port', () => client.send('x'));
    // Connected to a closed port: the kernel's refusal comes back as an
    // error event.
    server.close(() => {
      client.connect(port, '127.0.0.1', () => {
        client.on('error', (err) => {
          console.log('client error', err.code, err.syscall, err.message);
          client.close(() => console.log('client closed'));
        });
        client.send('nobody', (err) => console.log('sent to nobody', err));
      });
    });
  });
});

// A connect to a name that does not resolve reports through the callback.
function fakeLookup(host, family, cb) {
  console.log('lookup', host, family);
  if (host === '0.0.0.0') cb(null, host, 4);
  else cb(Object.assign(new Error('no'), { code: 'EFAKE' }));
}
const lonely = dgram.createSocket({ type: 'udp4', lookup: fakeLookup });
lonely.connect(9, 'nowhere.invalid', (err) => {
  console.log('lonely connect', err && err.code);
  lonely.close();
});
