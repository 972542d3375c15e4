// cluster.setupPrimary(): workers run a different file from the primary
// (here setup_primary_worker.js), with arguments of their own, and with
// silent: true their output comes to the primary through pipes instead of
// straight to the terminal, so the primary can prefix each line.
//
//   go run ./cmd/gocluster scripts/setup_primary.js
//   curl localhost:8000/
//
// PORT (default 8000, read by the worker file), WORKERS (default 2).
'use strict';
const cluster = require('node:cluster');
const path = require('node:path');

const numWorkers = Number(process.env.WORKERS) || 2;

// 'setup' comes with every fork() too (fork calls setupPrimary): once is enough.
cluster.once('setup', (settings) => {
  console.log(`setup: exec ${path.basename(settings.exec)}, args ${settings.args.join(' ')}, silent ${settings.silent}`);
});

cluster.setupPrimary({
  exec: path.join(__dirname, 'setup_primary_worker.js'),
  args: ['--use', 'https'],
  silent: true,
});

// Prints each whole line that comes on a stream, with a prefix.
function prefixLines(stream, prefix) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop();
    for (const line of lines) console.log(`${prefix} ${line}`);
  });
}

for (let i = 0; i < numWorkers; i++) {
  const worker = cluster.fork();
  prefixLines(worker.process.stdout, `[worker ${worker.id}]`);
}

cluster.on('listening', (worker, address) => {
  console.log(`worker ${worker.id} listening on port ${address.port}`);
});
