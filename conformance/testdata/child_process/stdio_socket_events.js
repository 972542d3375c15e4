'use strict';
// The events of a child's stdio sockets against the child's own: a child
// that writes and exits delivers its output and its end before 'exit'; a
// child whose output a grandchild keeps open has 'exit' after the output it
// wrote itself, before the end; a child killed while its output is being
// read; output paused until the child is done (nothing lost, bytesRead
// counts it all); a large write to stdin with backpressure and 'drain';
// writing to stdin after 'exit'.
const { spawn } = require('child_process');

function events(child, name) {
  const list = [];
  const out = child.stdout;
  let bytes = 0;
  out.on('data', (d) => { bytes += d.length; if (!list.includes('data')) list.push('data'); });
  out.on('end', () => list.push('stdout end'));
  child.on('exit', (code, signal) => list.push(`exit ${code} ${signal}`));
  child.on('close', (code, signal) => {
    list.push(`close ${code} ${signal}`);
    console.log(name, list.join(', '));
    console.log(name, 'bytes', bytes === out.bytesRead, out.destroyed);
  });
  return list;
}

function writesAndExits(next) {
  const child = spawn('sh', ['-c', 'printf abc; printf def >&2'], { stdio: ['pipe', 'pipe', 'pipe'] });
  events(child, 'writes');
  child.on('close', next);
}

function grandchildHoldsThePipe(next) {
  const child = spawn('sh', ['-c', '(sleep 0.3; echo late) & echo early']);
  const list = [];
  child.stdout.on('data', (d) => list.push(`data ${String(d).trim()}`));
  child.stdout.on('end', () => list.push('stdout end'));
  child.on('exit', (code) => list.push(`exit ${code}`));
  child.on('close', (code) => {
    console.log('grandchild', list.join(', '), code);
    next();
  });
}

function killedWhileReading(next) {
  const child = spawn('sh', ['-c', 'exec yes']);
  const list = events(child, 'killed');
  child.stdout.once('data', () => list.push(`kill ${child.kill()}`));
  child.on('close', next);
}

function pausedUntilExit(next) {
  const child = spawn('sh', ['-c', 'head -c 3000000 /dev/zero']);
  child.stdout.pause();
  let bytes = 0;
  child.stdout.on('data', (d) => { bytes += d.length; });
  child.stdout.on('end', () => console.log('paused end', bytes, child.stdout.bytesRead));
  // The child cannot finish while its output waits: resume after a while.
  setTimeout(() => {
    console.log('paused', child.exitCode, child.stdout.readableFlowing, child.stdout.readableLength > 0);
    child.stdout.resume();
  }, 200);
  child.on('exit', (code) => console.log('paused exit', code));
  child.on('close', (code) => {
    console.log('paused close', code);
    next();
  });
}

function largeStdin(next) {
  const child = spawn('sh', ['-c', 'wc -c']);
  const big = Buffer.alloc(4 * 1024 * 1024, 'x');
  // The kernel may take it all at once, or leave some for 'drain'.
  const whole = child.stdin.write(big);
  if (!whole && child.stdin.writableLength !== child.stdin.bufferSize) console.log('bufferSize differs');
  const end = () => {
    console.log('large written', child.stdin.writableLength, child.stdin.bytesWritten);
    child.stdin.end();
  };
  if (whole) end();
  else child.stdin.once('drain', end);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', (code) => {
    console.log('large close', code, out.trim());
    next();
  });
}

function writeAfterExit(next) {
  const child = spawn('sh', ['-c', 'exit 4']);
  child.stdin.on('error', (e) => console.log('after exit: error event', e.code));
  child.on('exit', (code) => {
    console.log('after exit', code, child.stdin.destroyed, child.stdin.writable);
    child.stdin.write('x', (e) => console.log('after exit: write callback', e && e.code));
  });
  child.on('close', () => setImmediate(next));
}

const steps = [writesAndExits, grandchildHoldsThePipe, killedWhileReading, pausedUntilExit, largeStdin, writeAfterExit];
(function next() {
  const step = steps.shift();
  if (step) step(next);
})();
