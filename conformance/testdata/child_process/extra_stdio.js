'use strict';
// stdio slots past 2: each 'pipe' is a socketpair the parent both reads and
// writes (child.stdio[3], ...); the child opens it with net.Socket({ fd }).
// The child's 'close' waits for those pipes too.
const { fork, spawn } = require('child_process');
const net = require('net');

if (process.argv[2] === 'echo') {
  const fd = +process.argv[3];
  const pipe = new net.Socket({ fd, readable: true, writable: true });
  pipe.on('data', (d) => pipe.end(`echo:${d}`));
  return;
}

const child = spawn(process.execPath, [__filename, 'echo', '3'], { stdio: ['ignore', 'inherit', 'inherit', 'pipe'] });
console.log('stdio length', child.stdio.length, 'stdin', child.stdin, 'extra is a stream', typeof child.stdio[3].write,
  typeof child.stdio[3].on);
child.stdio[3].setEncoding('utf8');
let got = '';
child.stdio[3].on('data', (d) => { got += d; });
child.stdio[3].on('end', () => console.log('spawned pipe end:', got));
child.stdio[3].write('ping');
child.on('exit', (code) => console.log('spawned exit', code));
child.on('close', (code) => {
  console.log('spawned close', code);

  const worker = fork(__filename, ['echo', '4'], { stdio: ['pipe', 'inherit', 'inherit', 'ipc', 'pipe'] });
  console.log('fork slots', worker.stdio.map((s) => (s === null ? 'null' : typeof s)).join(','));
  let reply = '';
  worker.stdio[4].on('data', (d) => { reply += d; });
  worker.stdio[4].on('end', () => console.log('forked pipe end:', reply));
  worker.stdio[4].write(Buffer.from('pong'));
  worker.on('exit', (code, signal) => console.log('forked exit', code, signal));
  worker.on('close', (code, signal) => console.log('forked close', code, signal));
  worker.stdin.end();
  worker.disconnect();
});
