// A port that is already taken: a worker's listen() fails with EADDRINUSE
// under both policies, the error reaches the worker's 'error' handler with
// Node's properties, the primary lives on; exclusive: true in a worker binds
// by itself and fails the same way.
'use strict';
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const blocker = net.createServer().listen(0, '127.0.0.1', () => {
    const port = blocker.address().port;
    const runs = [['rr', false], ['none', false], ['rr', true]];
    const next = () => {
      const run = runs.shift();
      if (!run) {
        console.log('primary still alive, workers left:', Object.keys(cluster.workers).length);
        blocker.close();
        return;
      }
      cluster.schedulingPolicy = run[0] === 'none' ? cluster.SCHED_NONE : cluster.SCHED_RR;
      const w = cluster.fork({ PORT: port, EXCLUSIVE: run[1] ? '1' : '' });
      w.on('message', (m) => console.log(run.join('/'), 'worker says', JSON.stringify(m)));
      w.on('exit', (code, signal) => {
        console.log(run.join('/'), 'worker exit', code, signal);
        next();
      });
    };
    cluster.on('listening', () => console.log('unexpected listening'));
    next();
  });
} else {
  const srv = net.createServer();
  srv.on('error', (err) => {
    const port = Number(process.env.PORT);
    process.send({
      name: err.name, code: err.code, errno: err.errno, syscall: err.syscall,
      address: err.address, port: err.port === port ? 'PORT' : err.port,
      message: err.message.replace(String(port), 'PORT'),
      listening: srv.listening,
    });
    process.disconnect();
  });
  srv.listen({ port: Number(process.env.PORT), host: '127.0.0.1', exclusive: !!process.env.EXCLUSIVE });
}
