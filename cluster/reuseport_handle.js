'use strict';
// SCHED_REUSEPORT (gocluster's own policy; Node has none like it): every
// worker binds the port itself with SO_REUSEPORT and accepts on its own
// listening socket, and the kernel spreads incoming connections among them:
// the primary is not in the path of a connection.
//
// The primary still binds once, with SO_REUSEPORT too, to choose the port
// of listen(0) so that every worker gets the same one, and it keeps that
// socket, bound but never listening (so no connection ever queues on it),
// until the last worker on the key leaves. Keeping it holds the port: were
// it closed at once, another program could take an ephemeral port between
// the primary's pick and a worker's bind, and a worker restarted after the
// others left could not find it again. The reply names the address and
// port; each worker makes its own socket from them (child.js).

// libuv's bind flag bits, as tcp_wrap reads them (UV_TCP_REUSEPORT is
// libuv's newer flag; Node v20's net never sets it).
const UV_TCP_IPV6ONLY = 1;
const UV_TCP_REUSEPORT = 2;

function ReusePortHandle(key, address, { port, addressType, flags }) {
  this.key = key;
  this.workers = new Map();
  this.handle = null;
  this.errno = 0;
  this.bound = null;
  const made = require('net')._createServerHandle(address, port, addressType, undefined,
    (flags & UV_TCP_IPV6ONLY) | UV_TCP_REUSEPORT);
  // A number is the bind error.
  if (typeof made === 'number') {
    this.errno = made;
    return;
  }
  this.handle = made;
  const out = {};
  made.getsockname(out);
  // No address asked for: the wildcard the primary could bind ('::', else
  // '0.0.0.0'). A port that is taken shows as 0 here (EADDRINUSE waits for
  // listen, as in libuv): the workers then ask for it and fail as they
  // would under the other policies.
  this.bound = {
    address: address || out.address,
    port: port || out.port,
    addressType: out.family === 'IPv6' ? 6 : 4,
    flags: (flags & UV_TCP_IPV6ONLY) | UV_TCP_REUSEPORT,
  };
}

ReusePortHandle.prototype.add = function(worker, send) {
  this.workers.set(worker.id, worker);
  send(this.errno, { reusePort: this.bound }, null);
};

// The last worker out closes the primary's socket, as a shared handle's.
ReusePortHandle.prototype.remove = binding.load('shared_handle').prototype.remove;

module.exports = ReusePortHandle;
