'use strict';
// process.getActiveResourcesInfo() and _getActiveHandles(): timers,
// immediates, servers, sockets and a child process as they come and go.
// Snapshots are printed at the end: under node, the first write to a pipe
// makes stdout a handle of its own.
const net = require('net');
const { spawn } = require('child_process');

// Pipes are left out: node's stdio may become one at any time.
const seen = [];
const isPipe = (h) => h._handle && h._handle.constructor.name === 'Pipe';
function snap(label) {
  seen.push([label, process.getActiveResourcesInfo().filter((k) => !['ConnectWrap', 'FSReqCallback', 'PipeWrap'].includes(k)).join(' '),
    process._getActiveHandles().filter((h) => !isPipe(h)).map((h) => h.constructor.name).join(' ')]);
}

snap('start');
const t = setTimeout(() => {}, 10000);
setTimeout(() => {}, 10000).unref();
setInterval(() => {}, 10000).unref();
setImmediate(() => {
  snap('in immediate');
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    snap('listening');
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      server.once('connection', () => {});
      setTimeout(() => {
        snap('connected');
        client.unref();
        snap('client unref');
        client.ref();
        const child = spawn('sleep', ['0.2'], { stdio: 'ignore' });
        snap('child');
        child.on('exit', () => {
          setTimeout(() => {
            snap('child exited');
            client.destroy();
            server.close(() => {
              clearTimeout(t);
              setTimeout(() => {
                snap('closed');
                process.on('exit', () => {
                  for (const [label, info, handles] of seen) console.log(`${label}: [${info}] [${handles}]`);
                });
              }, 20);
            });
          }, 20);
        });
      }, 50);
    });
  });
});
snap('scheduled');
const requests = process._getActiveRequests();
process.on('exit', () => console.log(Array.isArray(requests)));
