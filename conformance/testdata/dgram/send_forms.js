'use strict';
// Every send() argument form on loopback, with callbacks (error, bytes),
// the implicit bind of an unbound sender, the queue before it is bound,
// Buffer lists, typed arrays, empty datagrams, and rinfo.
const dgram = require('dgram');

const receiver = dgram.createSocket('udp4');
const sender = dgram.createSocket({ type: 'udp4' });
const expected = 9;
let got = 0;

receiver.on('message', (msg, rinfo) => {
  console.log('message', JSON.stringify(msg.toString()), msg.length, rinfo.family, rinfo.address, rinfo.size,
    rinfo.port === sender.address().port);
  if (++got === expected) {
    receiver.close(() => console.log('receiver closed'));
    sender.close();
  }
});
receiver.on('listening', () => console.log('listening', receiver.address().address, receiver.address().family));
sender.on('close', () => console.log('sender closed'));

receiver.bind(0, '127.0.0.1', () => {
  const port = receiver.address().port;
  console.log('sender bound before send:', (() => { try { sender.address(); return true; } catch { return false; } })());
  // Sends wait for the implicit bind, then go in order.
  sender.send('one', port, '127.0.0.1', (err, n) => console.log('cb one', err, n));
  sender.send(Buffer.from('xtwox'), 1, 3, port, '127.0.0.1', (err, n) => console.log('cb two', err, n));
  sender.send(['th', Buffer.from('r'), new Uint8Array([101, 101])], port, '127.0.0.1', (err, n) => {
    console.log('cb three', err, n);
    sender.send('four', port, (err, n) => console.log('cb four (default address)', err, n));
    sender.send(new Uint8Array([102, 105, 118, 101]), port, '127.0.0.1');
    sender.send(Buffer.alloc(0), port, '127.0.0.1', (err, n) => console.log('cb empty', err, n));
    sender.send([], port, '127.0.0.1', (err, n) => console.log('cb empty list', err, n));
    sender.send(new DataView(new ArrayBuffer(2)), port, '127.0.0.1', (err, n) => console.log('cb dataview', err, n));
    sender.sendto('sendto', 0, 6, port, '127.0.0.1', (err, n) => console.log('cb sendto', err, n));
  });
  sender.on('listening', () => console.log('sender listening', sender.address().address));
});
