'use strict';
// serialization: 'advanced': values JSON cannot carry (Map, Set, Date,
// BigInt, typed arrays, Buffers, circular objects, undefined, -0, NaN)
// make the round trip; a server handle travels with a message; a large
// message arrives whole.
const { fork } = require('child_process');
const net = require('net');
const util = require('util');

if (process.argv[2] === 'child') {
  process.on('message', (msg, handle) => {
    if (handle) {
      process.send({ gotServer: handle instanceof net.Server, listening: handle.listening });
      handle.close();
      return;
    }
    process.send(msg);
  });
  return;
}

const circular = { name: 'c' };
circular.self = circular;
const messages = [
  { map: new Map([[1, 'one'], ['k', { deep: [1, 2] }]]), set: new Set([1, 'a']) },
  { date: new Date(86400000), big: 12345678901234567890n, neg: -0, nan: NaN, undef: undefined },
  { buf: Buffer.from('bytes'), u16: new Uint16Array([1, 65535]), f64: new Float64Array([0.5]) },
  circular,
  [1, , 3],
  'a string with ünïcödé and 日本語',
  { large: 'x'.repeat(200000) },
];

const child = fork(__filename, ['child'], { serialization: 'advanced' });
let i = 0;
child.on('message', (msg) => {
  if (msg && msg.gotServer !== undefined) {
    console.log('server handle:', msg);
    child.disconnect();
    return;
  }
  if (msg && typeof msg.large === 'string') {
    console.log('large message length', msg.large.length);
  } else {
    console.log(util.inspect(msg, { depth: 4 }));
  }
  if (i < messages.length) {
    child.send(messages[i++]);
    return;
  }
  const server = net.createServer();
  server.listen(0, '127.0.0.1', () => child.send('server', server, () => server.close()));
});
child.send(messages[i++]);
child.on('exit', (code) => console.log('child exit', code));
