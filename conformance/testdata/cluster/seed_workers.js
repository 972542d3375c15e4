// The docs' cluster.worker / cluster.workers examples: "I am worker #id"
// in each worker, and a broadcast through eachWorker() from the master.
// conformance: unordered
var cluster = require('cluster');

if (cluster.isMaster) {
  console.log('I am master');
  cluster.fork();
  cluster.fork();

  // Go through all workers
  function eachWorker(callback) {
    for (var id in cluster.workers) {
      callback(cluster.workers[id]);
    }
  }
  var acks = 0;
  eachWorker(function(worker) {
    worker.send('big announcement to all workers');
    worker.on('message', function(msg) {
      console.log('master: worker #' + worker.id + ' says ' + msg);
      if (++acks === 2) {
        eachWorker(function(w) {
          w.disconnect();
        });
      }
    });
  });
} else if (cluster.isWorker) {
  console.log('I am worker #' + cluster.worker.id);
  process.on('message', function(msg) {
    console.log('worker #' + cluster.worker.id + ' got: ' + msg);
    process.send('ack ' + cluster.worker.id);
  });
}
