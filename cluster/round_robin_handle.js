'use strict';
// SCHED_RR: the primary listens itself and deals accepted connections out
// to the workers that share the key, one unacknowledged connection per
// worker at a time; whichever worker became free first gets the next one.
// A worker that refuses (its server closed, or maxConnections reached) sends
// the connection back into the queue for another.

const { sendHelper } = binding.load('utils');

// The primary's own listener must never see a connection event.
function unexpectedConnection() {
  throw new Error('round-robin listener got a connection directly');
}

function RoundRobinHandle(key, address, { port, fd, flags, backlog, readableAll, writableAll }) {
  const net = require('net');
  this.key = key;
  this.all = new Map(); // worker id -> worker
  this.free = new Map(); // workers waiting for a connection, oldest first
  this.queue = []; // accepted connections not handed out yet
  this.handle = null;
  this.server = net.createServer(unexpectedConnection);

  if (fd >= 0) {
    this.server.listen({ fd, backlog });
  } else if (port >= 0) {
    // UV_TCP_IPV6ONLY is 1: the only flag net takes from a query.
    this.server.listen({ port, host: address, ipv6Only: Boolean(flags & 1), backlog });
  } else {
    this.server.listen({ path: address, backlog, readableAll, writableAll });
  }
  this.server.once('listening', () => {
    // Keep the bare handle and take connections from it directly, as
    // bare descriptors: the primary only passes them on, so they get no
    // stream of their own here.
    const { NativeHandle } = require('internal/child_process/channel');
    this.handle = this.server._handle;
    this.handle.onconnection = (err, fd) => {
      this.distribute(err, err ? undefined : new NativeHandle(fd, 'net.Native'));
    };
    this.handle.acceptDescriptors();
    this.server._handle = null;
    this.server = null;
  });
}

RoundRobinHandle.prototype.add = function(worker, send) {
  this.all.set(worker.id, worker);
  const ready = () => {
    if (this.handle.getsockname) {
      const sockname = {};
      this.handle.getsockname(sockname);
      send(null, { sockname }, null);
    } else {
      send(null, null, null); // a unix socket has no sockname
    }
    this.handoff(worker); // connections may be waiting already
  };
  if (this.server === null) {
    ready();
    return;
  }
  this.server.once('listening', ready);
  this.server.once('error', (err) => send(err.errno, null));
};

// remove reports whether the handle is finished (its last worker left).
RoundRobinHandle.prototype.remove = function(worker) {
  if (!this.all.delete(worker.id)) return false;
  this.free.delete(worker.id);
  if (this.all.size !== 0) return false;
  for (const conn of this.queue) conn.close();
  this.queue = [];
  this.handle.close();
  this.handle = null;
  return true;
};

// distribute queues a connection and gives it to the worker that became
// free first, if one is waiting. (err, conn) as node's: its tests wrap it.
RoundRobinHandle.prototype.distribute = function(err, conn) {
  if (err) return; // a failed accept has no connection to hand out
  this.queue.push(conn);
  const first = this.free.values().next();
  if (!first.done) {
    this.free.delete(first.value.id);
    this.handoff(first.value);
  }
};

RoundRobinHandle.prototype.handoff = function(worker) {
  if (!this.all.has(worker.id)) return; // it is closing its server
  const conn = this.queue.shift();
  if (conn === undefined) {
    this.free.set(worker.id, worker);
    return;
  }
  const message = { act: 'newconn', key: this.key };
  sendHelper(worker.process, message, conn, (reply) => {
    if (reply.accepted) conn.close();
    else this.distribute(0, conn);
    this.handoff(worker);
  });
};

module.exports = RoundRobinHandle;
