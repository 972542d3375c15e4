'use strict';
// SCHED_NONE (and every UDP socket): the primary only binds, and sends the
// bound handle to each worker, which listens and accepts on it itself. The
// primary keeps its copy until the last worker lets go.

function SharedHandle(key, address, { port, addressType, fd, flags }) {
  this.key = key;
  this.workers = new Map();
  this.handle = null;
  this.errno = 0;
  const made = addressType === 'udp4' || addressType === 'udp6' ?
    require('internal/dgram')._createSocketHandle(address, port, addressType, fd, flags) :
    require('net')._createServerHandle(address, port, addressType, fd, flags);
  // A number is the bind error.
  if (typeof made === 'number') this.errno = made;
  else this.handle = made;
}

SharedHandle.prototype.add = function(worker, send) {
  this.workers.set(worker.id, worker);
  send(this.errno, null, this.handle);
};

// remove reports whether the handle is finished (its last worker left).
SharedHandle.prototype.remove = function(worker) {
  if (!this.workers.delete(worker.id)) return false;
  if (this.workers.size !== 0) return false;
  this.handle.close();
  this.handle = null;
  return true;
};

module.exports = SharedHandle;
