'use strict';
// A child's stdio pipes are net.Sockets over Pipe handles: their class,
// flags and socket methods, bytesRead and bytesWritten (also after the
// handle is gone), setEncoding, 'close' without an error, extra pipes that
// read and write, and the sockets of a child that failed to start.
const { spawn } = require('child_process');
const net = require('net');

function shape(next) {
  const child = spawn('cat');
  const { stdin, stdout, stderr } = child;
  console.log('classes', child.stdio.map((s) => s.constructor.name), stdin._handle.constructor.name);
  console.log('net.Socket', child.stdio.map((s) => s instanceof net.Socket), stdout instanceof require('stream').Duplex);
  console.log('fd', typeof stdout._handle.fd, stdout._handle.fd > 2);
  console.log('stdin', stdin.readable, stdin.writable, stdin.readyState, stdin.allowHalfOpen);
  console.log('stdout', stdout.readable, stdout.writable, stdout.readyState, stdout.allowHalfOpen);
  console.log('chaining', stdin.setNoDelay() === stdin, stdin.setKeepAlive(true, 1000) === stdin,
    stdout.unref() === stdout, stdout.ref() === stdout, stderr.setTimeout(0) === stderr);
  console.log('pending', stdin.pending, stdout.pending, stdin.connecting, stdin.bufferSize, stdout.bufferSize);
  console.log('address', JSON.stringify(stdout.address()), stdout.remoteAddress, stdout.localPort);
  console.log('counts', stdin.bytesWritten, stdout.bytesRead);

  stdout.setEncoding('utf8');
  let got = '';
  stdout.on('data', (d) => { got += d; });
  stdout.on('end', () => console.log('stdout end', typeof got, JSON.stringify(got), stdout.bytesRead));
  stdin.write('hello ');
  stdin.end(Buffer.from('world'), () => console.log('stdin end callback', stdin.bytesWritten, stdin.writableFinished));
  // The streams' events race one another (and 'exit'): noted, and shown
  // once the child has closed.
  const closes = [];
  for (const s of [stdout, stderr]) s.prependListener('close', (hadError) => closes.push(hadError));
  let stdinClosed = null;
  stdin.on('close', (hadError) => { stdinClosed = hadError; });
  child.on('close', (code) => {
    console.log('child close', code, closes, stdin.bytesWritten, stdout.bytesRead);
    console.log('after', stdout.destroyed, stdout.readyState, stdout._handle, stdin.destroyed, stdin.readyState);
    // stdin is destroyed on 'exit'; its 'close' may come later.
    if (stdinClosed !== null) return void next(console.log('stdin close', stdinClosed));
    stdin.on('close', (hadError) => next(console.log('stdin close', hadError)));
  });
}

function extra(next) {
  const child = spawn('sh', ['-c', 'cat <&3 >&3'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const pipe = child.stdio[3];
  console.log('extra', child.stdin, pipe.constructor.name, pipe.readable, pipe.writable, pipe.readyState);
  let got = '';
  pipe.on('data', (d) => { got += d; });
  pipe.on('end', () => console.log('extra end', JSON.stringify(got), pipe.bytesRead, pipe.bytesWritten));
  let closed;
  pipe.prependListener('close', (hadError) => { closed = hadError; });
  pipe.end('both ways');
  child.on('close', (code) => {
    console.log('extra child close', code, closed);
    next();
  });
}

function missing(next) {
  const child = spawn('./no-such-command-here');
  console.log('missing', child.pid, child.stdout.constructor.name, child.stdout._handle.constructor.name);
  child.on('error', (e) => console.log('missing error', e.code, e.syscall));
  child.on('close', (code) => {
    console.log('missing close', code, child.stdout.destroyed, child.stderr.destroyed, child.stdin.destroyed);
    next();
  });
}

const steps = [shape, extra, missing];
(function next() {
  const step = steps.shift();
  if (step) step(next);
})();
