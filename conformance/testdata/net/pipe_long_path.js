'use strict';
// A Unix socket path longer than sun_path's 108 bytes: libuv cuts it to
// them (no terminating NUL left), at bind and at connect, so the server
// listens on the cut path and a client connects with either name. The
// server keeps the name it was given, and on close unlinks that one, so
// the cut file stays behind. Abstract names are cut the same way.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipe-long-'));
const name = path.join(dir, 'x'.repeat(130));
const cut = name.slice(0, 108);

const server = net.createServer((c) => c.end('hello'));
server.listen(name, () => {
  console.log('address is the name given', server.address() === name);
  console.log('files', fs.readdirSync(dir).map((f) => path.join(dir, f) === cut));
  connect(name, () => connect(cut, () => server.close(() => {
    console.log('after close', fs.readdirSync(dir).map((f) => path.join(dir, f) === cut));
    fs.rmSync(dir, { recursive: true });
    abstract();
  })));
});

function connect(to, next) {
  const c = net.connect(to);
  let got = '';
  c.on('data', (d) => got += d);
  c.on('error', (e) => console.log('connect error', e.code));
  c.on('close', () => {
    console.log(to === name ? 'full name' : 'cut name', 'got', got);
    next();
  });
}

function abstract() {
  const long = '\0' + 'a'.repeat(120);
  const s = net.createServer((c) => c.end('abstract'));
  s.listen(long, () => {
    // Only the first 108 bytes (with the leading NUL) count.
    const c = net.connect(long.slice(0, 108) + 'different tail');
    let got = '';
    c.on('data', (d) => got += d);
    c.on('error', (e) => console.log('abstract connect error', e.code));
    c.on('close', () => {
      console.log('abstract got', got);
      s.close();
    });
  });
}
