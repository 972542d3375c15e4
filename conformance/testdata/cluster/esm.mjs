// node:cluster from an ES module: default and named imports in both roles.
// (A named import of 'fork' would fail in the worker, whose cluster has
// none.)
import cluster, { isPrimary, isWorker, Worker } from 'node:cluster';
import { basename } from 'node:path';

if (isPrimary) {
  console.log('primary', isWorker, Worker === cluster.Worker);
  const w = cluster.fork();
  w.on('message', (m) => {
    console.log('worker says', JSON.stringify(m));
    w.disconnect();
  });
  w.on('exit', (code) => console.log('exit', code, basename(cluster.settings.exec)));
} else {
  cluster.worker.send({ isWorker, id: cluster.worker.id, mine: cluster.worker instanceof Worker });
}
