'use strict';
// The other side: in a child whose stdio are the parent's pipes,
// process.stdin and process.stdout are net.Sockets over Pipe handles (stdin
// readable only, stdout writable only); with /dev/null and a file they are
// not.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const view = path.join(__dirname, 'fixtures', 'stdio_view.js');

function run(name, stdio, input, next) {
  const child = spawn(process.execPath, [view], { stdio });
  let out = '';
  let err = '';
  if (child.stdout) child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  if (child.stdin) child.stdin.end(input);
  child.on('close', (code) => {
    console.log(`${name}: exit ${code}\n${err}${out}`);
    next();
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stdio-child-'));
const file = path.join(dir, 'out.txt');
const steps = [
  (next) => run('pipes', ['pipe', 'pipe', 'pipe'], 'to the child', next),
  (next) => {
    const fd = fs.openSync(file, 'w');
    run('null and file', ['ignore', fd, 'pipe'], null, () => {
      fs.closeSync(fd);
      console.log('file holds', JSON.stringify(fs.readFileSync(file, 'utf8')));
      fs.rmSync(dir, { recursive: true });
      next();
    });
  },
];
(function next() {
  const step = steps.shift();
  if (step) step(next);
})();
