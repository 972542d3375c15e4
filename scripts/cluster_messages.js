// A primary and two workers that talk over IPC: each worker reports in, the
// primary answers, and the workers exit once told to. Run it with
// `go run ./cmd/gocluster scripts/cluster_messages.js` and with `node`.
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  console.log('primary started');
  let done = 0;
  for (let i = 0; i < 2; i++) {
    const worker = cluster.fork();
    worker.on('message', (msg) => {
      console.log(`primary got ${JSON.stringify(msg)} from worker ${worker.id}`);
      worker.send({ cmd: 'bye', to: worker.id });
    });
  }
  cluster.on('exit', (worker, code, signal) => {
    console.log(`worker ${worker.id} exited with code ${code}`);
    if (++done === 2) console.log('all workers gone');
  });
} else {
  process.send({ hello: 'from worker', id: cluster.worker.id });
  process.on('message', (msg) => {
    if (msg.cmd === 'bye') process.exit(0);
  });
}
