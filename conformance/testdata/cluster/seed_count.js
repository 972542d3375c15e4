// The docs' request counter in the master, with each worker sending
// notifyRequest messages itself instead of per HTTP request, a fixed
// worker count, a 10 s interval (start-up on a loaded machine), and the
// interval stopped once every request is counted.
// conformance: unordered
var cluster = require('cluster');

var numCPUs = 4;
var perWorker = 5;

if (cluster.isMaster) {
  // Keep track of requests
  var numReqs = 0;
  var timer = setInterval(function() {
    console.log('numReqs =', numReqs);
  }, 10000);

  // Count requests
  function messageHandler(msg) {
    if (msg.cmd && msg.cmd == 'notifyRequest') {
      numReqs += 1;
      if (numReqs === numCPUs * perWorker) {
        console.log('numReqs =', numReqs);
        clearInterval(timer);
        cluster.disconnect(function() {
          console.log('all workers disconnected');
        });
      }
    }
  }

  // Start workers and listen for messages containing notifyRequest
  for (var i = 0; i < numCPUs; i++) {
    cluster.fork();
  }

  Object.keys(cluster.workers).forEach(function(id) {
    cluster.workers[id].on('message', messageHandler);
  });
} else {
  for (var n = 0; n < perWorker; n++) {
    // notify master about the request
    process.send({ cmd: 'notifyRequest' });
  }
  console.log('worker ' + cluster.worker.id + ' sent ' + perWorker);
}
