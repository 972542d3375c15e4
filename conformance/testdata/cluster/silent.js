// silent: true pipes a worker's stdout and stderr to the primary
// (worker.process.stdout/.stderr); a custom stdio array (with its 'ipc'
// slot) replaces silent. The primary prints what it read, in order.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  function collect(stream) {
    let text = '';
    if (stream) {
      stream.setEncoding('utf8');
      stream.on('data', (d) => { text += d; });
    }
    return () => text;
  }
  cluster.setupPrimary({ silent: true });
  const w = cluster.fork({ MODE: 'silent' });
  console.log('silent pipes', w.process.stdout !== null, w.process.stderr !== null, w.process.stdin !== null);
  const out = collect(w.process.stdout);
  const err = collect(w.process.stderr);
  w.on('exit', (code) => {
    // Output may still be in the pipes when 'exit' comes; 'close' means all read.
    w.process.on('close', () => {
      console.log('exit', code, JSON.stringify(out()), JSON.stringify(err()));
      cluster.setupPrimary({ silent: false, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
      const w2 = cluster.fork({ MODE: 'stdio' });
      console.log('stdio pipes', w2.process.stdin, w2.process.stdout !== null, w2.process.stderr);
      const out2 = collect(w2.process.stdout);
      w2.process.on('close', (c) => console.log('close', c, JSON.stringify(out2())));
    });
  });
} else {
  console.log(`stdout of ${process.env.MODE} worker ${cluster.worker.id}`);
  console.error(`stderr of ${process.env.MODE} worker ${cluster.worker.id}`);
  cluster.worker.disconnect();
}
