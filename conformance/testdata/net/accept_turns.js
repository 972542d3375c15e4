'use strict';
// How a server of this process sees its own clients connect, over TCP and
// a Unix socket. The client's connect ends in the same poll in which the
// listener sees the connection, after it: 'connection' comes before
// 'connect', and both before the turn's immediates. libuv accepts one
// connection per poll (it no longer accepts in a loop), so four clients
// connecting at once reach the server one turn apart.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accept-turns-'));

function stage(kind, clients, next) {
  console.log(`-- ${kind}, ${clients} client(s)`);
  const sockets = [];
  let accepted = 0;
  let connected = 0;
  let turn = 0;
  const server = net.createServer((c) => {
    console.log('server connection', ++accepted);
    sockets.push(c);
  });
  // Each turn's immediate: the stage ends in the first turn that finds
  // every connection made.
  function tick() {
    if (accepted < clients || connected < clients) {
      console.log('turn', ++turn);
      setImmediate(tick);
      return;
    }
    for (const s of sockets) s.destroy();
    server.close(next);
  }
  const where = kind === 'tcp' ? { port: 0, host: '127.0.0.1' } : path.join(dir, 'sock');
  server.listen(where, () => {
    const to = kind === 'tcp' ? [server.address().port, '127.0.0.1'] : [where];
    for (let i = 1; i <= clients; i++) {
      const c = net.connect(...to, () => {
        console.log('client connect', i);
        connected++;
      });
      sockets.push(c);
    }
    setImmediate(tick);
  });
}

stage('tcp', 1, () => stage('tcp', 4, () => stage('pipe', 1, () => stage('pipe', 4, () => {
  fs.rmSync(dir, { recursive: true });
}))));
