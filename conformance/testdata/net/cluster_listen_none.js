// conformance: args=none
// A net server in two cluster workers under the SCHED_NONE policy:
// see _cluster_listen.js.
require('./_cluster_listen.js');
