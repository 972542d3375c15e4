// A policy that is neither SCHED_RR nor SCHED_NONE fails the first setup
// with Node's internal assertion; a later setup no longer checks.
'use strict';
const cluster = require('cluster');
cluster.on('setup', (s) => console.log('setup', s.silent));
cluster.schedulingPolicy = 3;
try {
  cluster.setupPrimary();
} catch (e) {
  console.log(e.name, e.code);
  console.log(e.message);
}
cluster.setupPrimary({ silent: true });
cluster.schedulingPolicy = 4;
process.nextTick(() => {
  cluster.schedulingPolicy = 5;
  // The policy froze at the first call, so nothing throws.
  cluster.setupPrimary();
  console.log('no throw');
});
