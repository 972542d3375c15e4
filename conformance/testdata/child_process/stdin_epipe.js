'use strict';
// Writes to a child's stdin once the child has closed it: each write fails
// with EPIPE at once (the write callbacks run before the next tick, as the
// kernel refused them synchronously), then the stream's 'error' follows.
const { spawn } = require('child_process');

const child = spawn('sh', ['-c', 'exec 0<&-; echo closed; exec sleep 10']);
child.stdout.once('data', (d) => {
  console.log('child says', JSON.stringify(String(d)));
  child.stdin.on('error', (e) => {
    console.log('stdin error', e.code, e.syscall, e.errno);
    child.kill();
  });
  console.log('write returned', child.stdin.write('x', (e) => console.log('write cb', e && e.code)));
  child.stdin.write('y', (e) => console.log('write cb 2', e && e.code));
  process.nextTick(() => console.log('next tick'));
});
child.on('close', (code, signal) => console.log('close', code, signal));
