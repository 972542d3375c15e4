// NODE_CLUSTER_SCHED_POLICY is read when the module loads.
'use strict';
process.env.NODE_CLUSTER_SCHED_POLICY = 'none';
const cluster = require('cluster');
console.log(cluster.schedulingPolicy === cluster.SCHED_NONE);
