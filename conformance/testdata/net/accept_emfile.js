'use strict';
// A server out of descriptors: node (libuv) keeps one spare descriptor,
// and when accept fails with EMFILE it frees it, accepts the waiting
// connections and closes them at once, so clients see their connection
// end instead of waiting in the backlog, and the server reports no error.
// Once descriptors are free again, connections are served as before.
const net = require('net');
const fs = require('fs');
const { spawn } = require('child_process');

if (process.argv[2] === 'server') {
  const server = net.createServer((c) => c.end('served\n'));
  server.on('error', (e) => console.log('server error', e.code, e.syscall));
  server.listen(0, '127.0.0.1', () => {
    const fds = [];
    try {
      for (;;) fds.push(fs.openSync('/dev/null', 'r'));
    } catch (e) {
      console.log('server open', e.code);
    }
    process.stdout.write(`port ${server.address().port}\n`);
    process.stdin.on('data', (d) => {
      const cmd = String(d).trim();
      if (cmd === 'free') {
        for (const fd of fds.splice(0)) fs.closeSync(fd);
        process.stdout.write('freed\n');
      } else if (cmd === 'exit') {
        server.close();
        process.stdin.destroy();
      }
    });
  });
  return;
}

const child = spawn('bash', ['-c', 'ulimit -n 64 && exec "$0" "$1" server', process.execPath, __filename],
                    { stdio: ['pipe', 'pipe', 'inherit'] });
let lines = '';
child.stdout.on('data', (d) => {
  lines += d;
  let i;
  while ((i = lines.indexOf('\n')) >= 0) {
    const line = lines.slice(0, i);
    lines = lines.slice(i + 1);
    onLine(line);
  }
});

let port;
function onLine(line) {
  if (line.startsWith('port ')) {
    port = Number(line.slice(5));
    console.log('child: listening');
    connectTwice('while out of descriptors', () => child.stdin.write('free\n'));
  } else if (line === 'freed') {
    console.log('child:', line);
    connectTwice('after freeing', () => child.stdin.write('exit\n'));
  } else {
    console.log('child:', line);
  }
}

// Two connections, one after the other: what each client receives, and
// how its connection ends.
function connectTwice(label, done) {
  let n = 0;
  (function one() {
    if (n++ === 2) return done();
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('error', (e) => console.log(label, n, 'client error', e.code));
    c.on('close', () => {
      console.log(label, n, 'client got', JSON.stringify(got));
      one();
    });
  })();
}

child.on('exit', (code, signal) => console.log('child exit', code, signal));
