'use strict';
// Errors of listening on and connecting to Unix socket paths: libuv
// reports a missing directory at bind as EACCES (Windows' code), a path
// that exists as EADDRINUSE; connect reports ENOENT and ECONNREFUSED.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipe-errors-'));
fs.writeFileSync(path.join(dir, 'file'), 'x');
const clean = (s) => s.split(dir).join('DIR');

const listens = [
  ['missing dir', path.join(dir, 'nope', 'sock')],
  ['regular file', path.join(dir, 'file')],
  ['directory', dir],
];
const connects = [
  ['connect missing dir', path.join(dir, 'nope', 'sock')],
  ['connect missing file', path.join(dir, 'sock')],
  ['connect regular file', path.join(dir, 'file')],
];

function listenNext() {
  const c = listens.shift();
  if (!c) return connectNext();
  const s = net.createServer();
  s.on('error', (e) => {
    console.log(c[0], e.code, e.errno === os.constants.errno[e.code] * -1, e.syscall, clean(e.message));
    listenNext();
  });
  s.on('listening', () => {
    console.log(c[0], 'listening');
    s.close(listenNext);
  });
  s.listen(c[1]);
}

function connectNext() {
  const c = connects.shift();
  if (!c) {
    fs.rmSync(dir, { recursive: true });
    return;
  }
  const sock = net.connect(c[1]);
  sock.on('error', (e) => console.log(c[0], e.code, e.syscall, clean(e.message), clean(e.address)));
  sock.on('close', connectNext);
}

listenNext();
