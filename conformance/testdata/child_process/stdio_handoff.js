'use strict';
// A child's pipe or a socket given as another child's stdio: the parent
// stops reading it, so the other child gets every byte; getValidStdio
// fills the caller's array; spawnSync's timeout closes the pipes a
// grandchild (sh -c) still holds instead of waiting for it.
const { spawn, spawnSync, execSync } = require('child_process');
const net = require('net');

function handoff(next) {
  // cat | head -c N: head must see all of cat's output.
  const lines = [];
  for (let i = 0; i < 2000; i++) lines.push(`line ${i}`);
  const text = lines.join('\n') + '\n';
  const cat = spawn('cat', { stdio: ['pipe', 'pipe', 'inherit'] });
  const wc = spawn('wc', ['-c'], { stdio: [cat.stdout, 'pipe', 'inherit'] });
  console.log('stdin readable:', cat.stdin.readable, 'writable:', cat.stdin.writable);
  let out = '';
  wc.stdout.setEncoding('utf8');
  wc.stdout.on('data', (d) => { out += d; });
  wc.on('close', (code) => {
    console.log('wc:', out.trim(), 'expected:', Buffer.byteLength(text), 'code:', code);
    next();
  });
  cat.stdin.end(text);
}

function socketAsStdio(next) {
  const server = net.createServer((conn) => {
    spawn('echo', ['to the socket'], { stdio: ['ignore', conn, 'inherit'] })
      .on('close', (code) => {
        console.log('echo closed:', code);
        conn.end();
      });
  }).listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1');
    let got = '';
    client.setEncoding('utf8');
    client.on('data', (d) => { got += d; });
    client.on('end', () => {
      console.log('client got:', JSON.stringify(got));
      // conn stopped reading when echo got it: it never sees this end, so
      // the server's 'close' would not come.
      server.close();
      next();
    });
  });
}

// A server's own handle as stdio[3]: the child gets the listening socket;
// the parent keeps no copy of it.
function serverHandle(next) {
  const fds = () => require('fs').readdirSync('/proc/self/fd').length;
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const before = fds();
    const check = '[ -S /dev/fd/3 ] && echo fd 3 is a socket';
    spawn('sh', ['-c', check], { stdio: ['ignore', 'inherit', 'inherit', server._handle] })
      .on('close', (code) => {
        console.log('async:', code, 'still listening:', server.listening, 'fds kept:', fds() - before);
        server.close(next);
      });
  });
}

function syncParts() {
  const stdio = [];
  const r = require('child_process').spawnSync('true', { stdio });
  console.log('status:', r.status, 'stdio after:', stdio.length);

  const start = Date.now();
  const t = spawnSync('sleep 3; echo late', { shell: true, timeout: 200 });
  console.log('timeout:', t.error && t.error.code, t.signal, Date.now() - start < 2500);
  try {
    execSync('sleep 3', { timeout: 200 });
  } catch (e) {
    console.log('execSync:', e.code, e.signal, Date.now() - start < 5000);
  }
}

serverHandle(() => handoff(() => socketAsStdio(syncParts)));
