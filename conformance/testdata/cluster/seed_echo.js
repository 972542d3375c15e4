// The docs' echo example (worker.send / process.on('message') /
// process.send), ended by the primary once the echo is back.
var cluster = require('cluster');

if (cluster.isMaster) {
  var worker = cluster.fork();
  worker.send('hi there');
  worker.on('message', function(msg) {
    console.log('master got back:', msg);
    worker.disconnect();
  });
  worker.on('exit', function(code, signal) {
    console.log('worker exited', code, signal, worker.exitedAfterDisconnect);
  });
} else if (cluster.isWorker) {
  process.on('message', function(msg) {
    process.send(msg);
  });
}
