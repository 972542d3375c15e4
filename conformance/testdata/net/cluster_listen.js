// conformance: args=rr
// A net server in two cluster workers under the round-robin policy:
// see _cluster_listen.js.
require('./_cluster_listen.js');
