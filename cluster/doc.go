// Package cluster is require('cluster') / require('node:cluster'): Node's
// process model for gocluster. The primary forks workers with
// child_process.fork (each worker is a new gocluster process, a re-exec of
// the same binary, with NODE_UNIQUE_ID in its environment) and the two sides
// talk in NODE_CLUSTER messages over the fork's IPC channel, byte for byte
// as Node does.
//
// The JS is split as Node's lib/internal/cluster is, one file per role:
//
//   - utils.js: the request/reply layer (per-process seq, ack callbacks).
//   - worker.js: the Worker class both sides hand out.
//   - primary.js: cluster in the primary: settings, fork, the worker
//     lifecycle (when a worker leaves cluster.workers, exitedAfterDisconnect,
//     'disconnect' then 'exit'), cluster.disconnect, server queries.
//   - child.js: cluster in a worker: the 'online' message, the
//     worker-initiated disconnect and kill sequences, an unexpected channel
//     disconnect ending the process with code 0, server queries.
//   - round_robin_handle.js, shared_handle.js: the two ways the primary
//     shares a listening socket (SCHED_RR, SCHED_NONE).
//   - reuseport_handle.js: SCHED_REUSEPORT, gocluster's own policy
//     (NODE_CLUSTER_SCHED_POLICY=reuseport, cluster.SCHED_REUSEPORT = 256,
//     not enumerable): each worker binds a TCP port itself with SO_REUSEPORT
//     and the kernel spreads connections; the primary binds once to choose
//     the port of listen(0) and holds that socket, never listening, while
//     any worker is on it. Pipes and fds fall back to SCHED_NONE.
//
// Startup is the runtime start-up hook that makes a forked process a worker
// before any user code (preloads included) runs, as Node's pre-execution
// step does.
//
// NODE_DEBUG=cluster prints nothing: Node v20's cluster has no debug log.
package cluster
