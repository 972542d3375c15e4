'use strict';
// NODE_CLUSTER requests and replies, shared by both sides. Every message a
// process sends carries the next number of one per-process counter (seq); a
// reply names the request it answers in `ack`, and the callback stored under
// that number runs instead of the ordinary handler.

const pending = new Map();
let nextSeq = 0;

// send wraps message as { cmd: 'NODE_CLUSTER', ...message, seq } (that key
// order is what goes on the wire) and returns what proc.send returns, or
// false without counting a seq when the channel is already gone.
function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  const wire = { cmd: 'NODE_CLUSTER', ...message };
  wire.seq = nextSeq;
  if (typeof cb === 'function') pending.set(nextSeq, cb);
  nextSeq++;
  return proc.send(wire, handle);
}

// internal makes the 'internalMessage' listener for one worker: cluster
// messages only, replies routed to their callbacks, `this` the worker.
function internal(worker, onMessage) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let fn = onMessage;
    if (message.ack !== undefined && pending.has(message.ack)) {
      fn = pending.get(message.ack);
      pending.delete(message.ack);
    }
    // 'internalMessage' always carries these two.
    fn.call(worker, message, handle);
  };
}

module.exports = { sendHelper, internal };
