// cluster.fork() in a worker, uncaught: the worker's fatal TypeError report
// (fork is undefined there) on the shared stderr, exit 1; the primary sees
// an ordinary failed worker.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  cluster.fork().on('exit', (code, signal) => console.log('exit', code, signal));
} else {
  cluster.fork();
}
