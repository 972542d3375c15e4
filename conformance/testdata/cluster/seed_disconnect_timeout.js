// The docs' disconnect-with-a-timeout pattern, without a server: the
// worker keeps an interval running (a connection that never ends), so
// after worker.disconnect() its channel closes but it does not exit; the
// primary kills it when no 'exit' came in time after 'disconnect' (the docs
// clear the timer there instead). exitedAfterDisconnect stays true through
// the kill.
var cluster = require('cluster');

if (cluster.isMaster) {
  var worker = cluster.fork();
  var timeout;
  worker.on('online', function() {
    worker.send('shutdown');
    worker.disconnect();
  });
  worker.on('disconnect', function() {
    console.log('disconnect', worker.state, worker.exitedAfterDisconnect);
    timeout = setTimeout(function() {
      console.log('no exit yet, killing; still connected:', worker.isConnected());
      worker.kill();
    }, 300);
  });
  worker.on('exit', function(code, signal) {
    clearTimeout(timeout);
    console.log('exit', code, signal, worker.exitedAfterDisconnect);
  });
} else if (cluster.isWorker) {
  setInterval(function() {}, 1000);
  process.on('message', function(msg) {
    if (msg === 'shutdown') {
      console.error('worker: shutdown requested');
    }
  });
  cluster.worker.on('disconnect', function() {
    console.error('worker: disconnected, still running');
  });
}
