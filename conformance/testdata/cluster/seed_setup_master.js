// The docs' setupMaster example: another exec file, args and silent; the
// primary reads the silent worker's output from its pipe.
var cluster = require('cluster');
var path = require('path');

cluster.setupMaster({
  exec: path.join(__dirname, 'fixtures', 'seed_worker.js'),
  args: ['--use', 'https'],
  silent: true,
});
var worker = cluster.fork();
var out = '';
worker.process.stdout.on('data', function(d) { out += d; });
worker.process.on('close', function(code) {
  console.log('worker printed: ' + JSON.stringify(out));
  console.log('closed', code, path.basename(cluster.settings.exec), cluster.settings.args, cluster.settings.silent);
});
