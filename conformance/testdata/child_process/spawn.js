'use strict';
// spawn(): piped stdio, stdin to cat, exit codes and signals, and a missing
// command reported as an 'error' event (ENOENT) followed by 'close'.
const { spawn } = require('child_process');

function shell(next) {
  const child = spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  child.on('exit', (code, signal) => console.log('shell exit', code, signal));
  child.on('close', (code, signal) => {
    console.log('shell close', code, signal, JSON.stringify(out), JSON.stringify(err));
    next();
  });
}

function cat(next) {
  const child = spawn('cat');
  const chunks = [];
  child.stdout.on('data', (d) => chunks.push(d));
  child.stdout.on('end', () => console.log('cat stdout end'));
  child.stdin.write('hello ');
  child.stdin.write(Buffer.from('from '));
  child.stdin.end('stdin\n', () => console.log('cat stdin finished'));
  child.on('close', (code, signal) => {
    console.log('cat close', code, signal, JSON.stringify(Buffer.concat(chunks).toString()));
    next();
  });
}

function signalled(next) {
  const child = spawn('sleep', ['30'], { stdio: 'ignore' });
  console.log('sleep streams', child.stdin, child.stdout, child.stderr, child.stdio);
  child.on('spawn', () => console.log('sleep kill', child.kill('SIGKILL')));
  child.on('exit', (code, signal) => console.log('sleep exit', code, signal));
  child.on('close', (code, signal) => {
    console.log('sleep close', code, signal);
    next();
  });
}

function missing() {
  const child = spawn('gocluster-no-such-command', ['a', 'b']);
  console.log('missing pid', child.pid, child.stdout !== null);
  child.on('spawn', () => console.log('missing spawn (unexpected)'));
  child.on('error', (e) => {
    console.log('missing error', e.message, e.errno, e.code, e.syscall, e.path, e.spawnargs);
    console.log('missing keys', Object.keys(e));
  });
  child.on('exit', () => console.log('missing exit (unexpected)'));
  child.on('close', (code, signal) => console.log('missing close', code, signal));
}

shell(() => cat(() => signalled(missing)));
