// The docs' 'fork' event example: a timer per worker, cleared when the
// worker is up ('online' here, since 'listening' needs a server) or when it
// exits (after 5 s, for loaded machines). Worker 2 hangs at start-up, so
// its timer fires.
var cluster = require('cluster');

if (cluster.isMaster) {
  var timeouts = [];
  function errorMsg(id) {
    console.error('Something must be wrong with the connection ... worker ' + id);
    cluster.workers[id].kill();
  }
  cluster.on('fork', function(worker) {
    console.log('fork', worker.id);
    timeouts[worker.id] = setTimeout(errorMsg, 5000, worker.id);
  });
  cluster.on('message', function(worker) {
    console.log('up', worker.id);
    clearTimeout(timeouts[worker.id]);
    worker.disconnect();
  });
  cluster.on('exit', function(worker, code, signal) {
    clearTimeout(timeouts[worker.id]);
    console.log('exit', worker.id, code, signal);
    if (worker.id === 1) cluster.fork({ HANG: '1' });
  });
  cluster.fork();
} else if (process.env.HANG) {
  // never says it is up
} else {
  process.send('up');
}
