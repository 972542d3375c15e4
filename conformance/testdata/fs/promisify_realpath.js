'use strict';
// util.promisify of the calls with two results (read, write, readv, writev)
// resolves with named fields; realpath of /dev/stdin when stdin is a pipe
// ends at the pipe's (or socket's) /proc name, as Node's JS realpath does.
const fs = require('fs');
const { promisify } = require('util');
const { spawnSync } = require('child_process');
const { at } = require('./_tmp');

(async () => {
  const file = at('p.txt');
  const fd = fs.openSync(file, 'w+');
  const w = await promisify(fs.write)(fd, Buffer.from('hello world'));
  console.log('write', Object.keys(w), w.bytesWritten, String(w.buffer));
  const wv = await promisify(fs.writev)(fd, [Buffer.from('!'), Buffer.from('?')]);
  console.log('writev', Object.keys(wv), wv.bytesWritten, wv.buffer.map(String));
  const r = await promisify(fs.read)(fd, Buffer.alloc(5), 0, 5, 0);
  console.log('read', Object.keys(r), r.bytesRead, String(r.buffer));
  const rv = await promisify(fs.readv)(fd, [Buffer.alloc(3), Buffer.alloc(2)], 6);
  console.log('readv', Object.keys(rv), rv.bytesRead, rv.buffers.map(String));
  fs.closeSync(fd);

  for (const code of [
    "require('fs').realpath('/dev/stdin', (e, p) => console.log(e ? e.code : p))",
    "console.log(require('fs').realpathSync('/dev/stdin'))",
    "require('fs').promises.realpath('/dev/stdin').then(console.log, (e) => console.log(e.code, e.syscall))",
  ]) {
    const child = spawnSync(process.execPath, ['-e', code], { input: 'x' });
    const out = String(child.stdout).trim();
    console.log('realpath /dev/stdin', child.status, /^\/proc\/\d+\/fd\/(pipe|socket):\[\d+\]$/.test(out) ? 'the /proc name' : out);
  }
})();
