'use strict';
// exec and execFile: output, failures with code, timeouts, env and cwd,
// and util.promisify.
const { exec, execFile } = require('child_process');
const util = require('util');

const steps = [
  (next) => exec('echo "$GREETING" from $0; pwd', { env: { GREETING: 'hi', PATH: process.env.PATH }, cwd: '/' }, (err, stdout, stderr) => {
    console.log('exec', err, JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  }),
  (next) => exec('echo partial; echo oops >&2; exit 4', (err, stdout, stderr) => {
    console.log('fail', err.message.split('\n'), err.code, err.killed, err.signal, err.cmd);
    console.log('fail output', JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  }),
  (next) => execFile('sh', ['-c', 'printf abc'], { encoding: 'buffer' }, (err, stdout) => {
    console.log('buffer', err, Buffer.isBuffer(stdout), stdout.toString());
    next();
  }),
  (next) => exec('sleep 30', { timeout: 50 }, (err) => {
    console.log('timeout', err.killed, err.signal, err.code, err.message);
    next();
  }),
  (next) => execFile('gocluster-no-such-command', (err, stdout, stderr) => {
    console.log('missing', err.code, err.message, err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  }),
  (next) => util.promisify(exec)('echo promised').then(({ stdout, stderr }) => {
    console.log('promise', JSON.stringify(stdout), JSON.stringify(stderr));
    return util.promisify(execFile)('sh', ['-c', 'exit 2']);
  }).catch((err) => {
    console.log('promise rejects', err.code, JSON.stringify(err.stdout));
    next();
  }),
];
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); };
next();
