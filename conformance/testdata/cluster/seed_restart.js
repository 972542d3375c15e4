// The docs' restart-on-exit pattern, capped: each worker dies with a code
// and the primary forks a replacement until it has forked five.
var cluster = require('cluster');

if (cluster.isMaster) {
  var forked = 0;
  var limit = 5;
  function spawn() {
    forked++;
    return cluster.fork({ EXIT_CODE: String(forked) });
  }
  cluster.on('exit', function(worker, code, signal) {
    console.log('worker %d died (%s). restarting...', worker.id, signal || code);
    if (worker.exitedAfterDisconnect === true) {
      console.log('Oh, it was just voluntary – no need to worry');
    }
    if (forked < limit) {
      spawn();
    } else {
      console.log('restart cap of %d reached, workers left: %d', limit, Object.keys(cluster.workers).length);
    }
  });
  spawn();
} else {
  var code = Number(process.env.EXIT_CODE);
  if (code % 2) {
    process.exit(code);
  } else {
    cluster.worker.kill();
  }
}
