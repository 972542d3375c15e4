// The lifecycle example: listeners for every worker event (a Worker never
// emits 'fork'; 'listening' needs a server, so none here), a graceful
// worker.disconnect() after a short wait instead of 10 s, and the worker's
// own 'disconnect' handler calling process.exit(0). pids become ids.
const cluster = require('cluster');

if (cluster.isMaster) {
  console.log('Master is running');
  // Fork a worker
  const worker = cluster.fork();
  // Listen for all worker lifecycle events
  worker.on('fork', () => {
    console.log(`Worker ${worker.id} is being forked`);
  });
  worker.on('online', () => {
    console.log(`Worker ${worker.id} is online`);
  });
  worker.on('listening', (address) => {
    console.log(`Worker ${worker.id} is listening on port ${address.port}`);
  });
  worker.on('disconnect', () => {
    console.log(`Worker ${worker.id} has disconnected`);
  });
  worker.on('exit', (code, signal) => {
    console.log(`Worker ${worker.id} exited with code ${code} and signal ${signal}`);
    if (signal) {
      console.log(`Worker was killed by signal: ${signal}`);
    } else if (code !== 0) {
      console.log(`Worker exited with error code: ${code}`);
    } else {
      console.log('Worker exited successfully');
    }
    console.log('suicide is gone:', worker.suicide);
  });
  // After the worker says it started, gracefully disconnect it
  worker.on('message', (msg) => {
    console.log(msg);
    setTimeout(() => {
      console.log('Gracefully disconnecting worker...');
      worker.disconnect();
    }, 100);
  });
} else {
  // Worker process
  process.send(`Worker ${cluster.worker.id} started`);
  // If worker is disconnected, exit
  process.on('disconnect', () => {
    console.error(`Worker ${cluster.worker.id} disconnected, exiting...`);
    process.exit(0);
  });
}
