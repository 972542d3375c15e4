// The internal assertion of a bad scheduling policy, uncaught.
'use strict';
const cluster = require('cluster');
cluster.schedulingPolicy = 0;
cluster.setupPrimary();
