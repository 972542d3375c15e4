// The graceful-shutdown example without HTTP: the master, on SIGTERM (it
// sends itself one once every worker is up), tells each worker 'shutdown';
// workers exit 0; the master exits when cluster.workers is empty. The
// force-kill timer is kept but unref'd. pids become ids, and lines come in
// a fixed order from the master only.
const cluster = require('cluster');

const numCPUs = 3;

if (cluster.isMaster) {
  console.log('Master is running');
  for (let i = 0; i < numCPUs; i++) {
    cluster.fork();
  }
  let ready = 0;
  cluster.on('message', (worker, msg) => {
    if (msg === 'started' && ++ready === numCPUs) {
      console.log(`Master is ready with ${Object.keys(cluster.workers).length} workers`);
      process.kill(process.pid, 'SIGTERM');
    }
  });
  process.on('SIGTERM', () => {
    console.log('Master received SIGTERM, initiating graceful shutdown...');
    Object.values(cluster.workers).forEach((worker) => {
      console.log(`Sending shutdown to worker ${worker.id}`);
      worker.send('shutdown');
    });
    setTimeout(() => {
      console.log('Some workers did not exit gracefully, forcing shutdown...');
      Object.values(cluster.workers).forEach((worker) => {
        if (!worker.isDead()) worker.process.kill('SIGKILL');
      });
      process.exit(0);
    }, 5000).unref();
  });
  let exited = 0;
  cluster.on('exit', (worker, code, signal) => {
    exited++;
    if (Object.keys(cluster.workers).length === 0 && exited === numCPUs) {
      console.log(`All ${exited} workers have exited (${signal || code}), shutting down master...`);
      process.exit(0);
    }
  });
  process.on('exit', (code) => console.log('master exit', code));
} else {
  process.on('message', (msg) => {
    if (msg === 'shutdown') process.exit(0);
  });
  process.send('started');
}
