// The primary's cluster object before and after setup, without forking:
// flags, keys, constants, settings merging and the 'setup' event.
'use strict';
const cluster = require('node:cluster');
const path = require('path');

console.log(cluster === require('cluster'));
console.log(cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.worker);
console.log(Object.keys(cluster));
console.log(cluster.SCHED_NONE, cluster.SCHED_RR, cluster.schedulingPolicy);
console.log(cluster.settings, cluster.workers);
console.log(cluster.setupMaster === cluster.setupPrimary, cluster.setupPrimary.length,
  cluster.fork.length, cluster.disconnect.length);
console.log(typeof cluster.Worker, cluster.Worker.name, cluster.Worker.length);
console.log(cluster instanceof require('events'));

// Worker works with and without new, and inherits EventEmitter.
const w = cluster.Worker({ id: '7', state: 'custom' });
console.log(w instanceof cluster.Worker, w.id, w.state, w.exitedAfterDisconnect, w.process);
console.log(Object.keys(w));
const w2 = new cluster.Worker();
console.log(w2.id, w2.state, typeof w2.on, typeof w2.kill, typeof w2.disconnect, typeof w2.destroy);
console.log(Object.keys(cluster.Worker.prototype));

const show = (s) => JSON.stringify({ ...s, exec: s.exec && path.basename(s.exec) });
let setups = 0;
cluster.on('setup', (s) => {
  setups++;
  console.log('setup event', setups, show(s), s === cluster.settings);
});

console.log('return', cluster.setupPrimary());
console.log('sync', show(cluster.settings));
cluster.setupPrimary({ silent: true, args: ['x'], custom: 1 });
console.log('merged', show(cluster.settings));
cluster.setupMaster({ exec: 'other.js', execArgv: ['--prof'] });
console.log('prof', cluster.settings.execArgv, cluster.settings.silent);
cluster.setupPrimary({ execArgv: ['--prof-process', '--logfile=x.log'] });
console.log('logfile kept', cluster.settings.execArgv);

// The policy is frozen at the first setup; the property is just a value.
cluster.schedulingPolicy = cluster.SCHED_NONE;
console.log(cluster.schedulingPolicy);
process.nextTick(() => console.log('after ticks', setups));
