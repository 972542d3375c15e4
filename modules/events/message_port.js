'use strict';
// internal/worker/io: MessageChannel, MessagePort, MessageEvent and
// BroadcastChannel within the one thread gocluster runs (node's also cross
// threads). A message is a structuredClone of what was posted, delivered
// on a later turn of the loop; a started port with a 'message' listener
// keeps the process alive, as node's does, until it is closed or unref'd.
// Body of a function (exports, require, module, binding).

const { Event, NodeEventTarget, kCreateEvent, kHybridDispatch } = require('internal/event_target');
const { inspect, makeNodeError, invalidArgType, invalidThis } = binding.errors;

const kConstruct = Symbol('kConstruct');
const kState = Symbol('kMessagePortState');
const kMessage = Symbol('kMessageEventFields');

function illegalConstructor() {
  return makeNodeError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
}

class MessageEvent extends Event {
  constructor(type, init = undefined) {
    if (arguments.length === 0) throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "type" argument must be specified');
    super(type, init);
    const o = init === undefined || init === null ? {} : init;
    this[kMessage] = {
      data: o.data === undefined ? null : o.data,
      origin: o.origin === undefined ? '' : `${o.origin}`,
      lastEventId: o.lastEventId === undefined ? '' : `${o.lastEventId}`,
      source: o.source === undefined ? null : o.source,
      ports: o.ports === undefined ? [] : [...o.ports],
    };
  }
}
// As node's: enumerable getters on the prototype that check their receiver.
for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, name, {
    get() {
      const fields = this?.[kMessage];
      if (fields === undefined) throw invalidThis('MessageEvent');
      return fields[name];
    },
    enumerable: true,
    configurable: true,
  });
}

// Ports keep the loop alive through one long timer while any is active.
const activePorts = new Set();
let keepAlive = null;

function updateActive(port) {
  const s = port[kState];
  const active = !s.closed && s.refed && s.started && port.listenerCount('message') > 0;
  if (active) activePorts.add(port);
  else activePorts.delete(port);
  if (activePorts.size > 0 && keepAlive === null) keepAlive = setInterval(() => {}, 2 ** 30);
  else if (activePorts.size === 0 && keepAlive !== null) {
    clearInterval(keepAlive);
    keepAlive = null;
  }
}

function scheduleDrain(port) {
  const s = port[kState];
  if (s.draining || !s.started || s.queue.length === 0) return;
  s.draining = true;
  setImmediate(drain, port);
}

function drain(port) {
  const s = port[kState];
  s.draining = false;
  while (s.started && !s.closed && s.queue.length > 0) {
    port[kHybridDispatch](s.queue.shift(), 'message');
  }
  // A once('message') listener is gone now.
  updateActive(port);
}

function closePort(port) {
  const s = port[kState];
  if (s.closed) return;
  s.closed = true;
  s.queue.length = 0;
  updateActive(port);
  setImmediate(() => port[kHybridDispatch](undefined, 'close'));
}

// Node's ports are NodeEventTargets: on('message', fn) hears the data
// itself, addEventListener('message', fn) a MessageEvent.
class MessagePort extends NodeEventTarget {
  constructor(token) {
    if (token !== kConstruct) throw illegalConstructor();
    super();
    this[kState] = { peer: null, queue: [], started: false, closed: false, refed: true, draining: false, handler: null };
  }

  get onmessage() { return this[kState].handler; }

  set onmessage(fn) {
    const s = this[kState];
    if (s.handler !== null) this.removeEventListener('message', s.handlerWrapper);
    s.handler = typeof fn === 'function' ? fn : null;
    if (s.handler !== null) {
      s.handlerWrapper = (e) => s.handler.call(this, e);
      this.addEventListener('message', s.handlerWrapper);
      this.start();
    }
    updateActive(this);
  }

  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    updateActive(this);
  }

  removeEventListener(type, listener, options) {
    super.removeEventListener(type, listener, options);
    updateActive(this);
  }

  removeAllListeners(type) {
    super.removeAllListeners(type);
    updateActive(this);
    return this;
  }

  [kCreateEvent](data, type) {
    if (type === 'message' || type === 'messageerror') return new MessageEvent(type, { data });
    return super[kCreateEvent](data, type);
  }

  postMessage(value, transfer) {
    if (arguments.length === 0) throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    const s = this[kState];
    if (s.remote !== undefined) {
      // A worker thread's port: the value crosses as bytes.
      if (!s.closed) s.remote(value, transfer);
      return;
    }
    const data = structuredClone(value, Array.isArray(transfer) ? { transfer } : transfer);
    if (s.closed || s.peer === null) return;
    const peer = s.peer[kState];
    if (peer.closed) return;
    peer.queue.push(data);
    scheduleDrain(s.peer);
  }

  start() {
    const s = this[kState];
    if (s.closed) return;
    s.started = true;
    updateActive(this);
    scheduleDrain(this);
  }

  close() {
    const s = this[kState];
    const peer = s.peer;
    closePort(this);
    if (peer !== null) closePort(peer);
  }

  ref() {
    this[kState].refed = true;
    updateActive(this);
    return this;
  }

  unref() {
    this[kState].refed = false;
    updateActive(this);
    return this;
  }

  hasRef() { return activePorts.has(this); }

  // Listening for messages the Node way starts the port.
  on(type, listener) {
    super.on(type, listener);
    if (`${type}` === 'message') this.start();
    return this;
  }

  once(type, listener) {
    super.once(type, listener);
    if (`${type}` === 'message') this.start();
    return this;
  }

  addListener(type, listener) { return this.on(type, listener); }

  // As node's: whether the port is open and keeps the process alive, on a
  // MessagePort-like object (the prototype itself shows as it is).
  [Symbol.for('nodejs.util.inspect.custom')]() {
    const s = this[kState];
    if (s === undefined) return this;
    return Object.assign({ __proto__: MessagePort.prototype },
      s.closed ? { active: false } : { active: true, refed: this.hasRef() });
  }
}

class MessageChannel {
  constructor() {
    this.port1 = new MessagePort(kConstruct);
    this.port2 = new MessagePort(kConstruct);
    this.port1[kState].peer = this.port2;
    this.port2[kState].peer = this.port1;
  }
}

// receiveMessageOnPort takes the port's next message at once, as
// { message }, or returns undefined when none waits.
function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) throw invalidArgType('port', 'MessagePort', port);
  const s = port[kState];
  if (s.queue.length === 0) return undefined;
  return { message: s.queue.shift() };
}

// Every open BroadcastChannel of one name hears what the others post.
const channels = new Map(); // name -> Set of open BroadcastChannel
const kName = Symbol('kName');
const kPort = Symbol('kPort');

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    super();
    this[kName] = `${name}`;
    // Its delivery and keep-alive are a port's, fed by the other channels.
    const port = new MessagePort(kConstruct);
    port.on('message', (data) => this.dispatchEvent(new MessageEvent('message', { data })));
    this[kPort] = port;
    let set = channels.get(this[kName]);
    if (set === undefined) channels.set(this[kName], set = new Set());
    set.add(this);
    this.onmessage = null;
    this.onmessageerror = null;
  }

  get name() { return this[kName]; }

  postMessage(message) {
    if (this[kPort] === null) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    const data = structuredClone(message);
    for (const other of channels.get(this[kName])) {
      if (other === this) continue;
      const s = other[kPort][kState];
      s.queue.push(data);
      scheduleDrain(other[kPort]);
    }
  }

  close() {
    const port = this[kPort];
    if (port === null) return;
    this[kPort] = null;
    const set = channels.get(this[kName]);
    set.delete(this);
    if (set.size === 0) channels.delete(this[kName]);
    closePort(port);
  }

  ref() { if (this[kPort] !== null) this[kPort].ref(); return this; }

  unref() { if (this[kPort] !== null) this[kPort].unref(); return this; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (this?.[kName] === undefined) throw invalidThis('BroadcastChannel');
    if (depth < 0) return 'BroadcastChannel';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BroadcastChannel ${inspect({ name: this[kName], active: this[kPort] !== null }, opts)}`;
  }
}

// onmessage on a BroadcastChannel is an attribute handler as on a port.
Object.defineProperty(BroadcastChannel.prototype, 'onmessage', {
  configurable: true,
  enumerable: true,
  get() { return this[kState] === undefined ? null : this[kState]; },
  set(fn) {
    if (this[kState] != null) this.removeEventListener('message', this[kState]);
    this[kState] = typeof fn === 'function' ? fn : null;
    if (this[kState] !== null) this.addEventListener('message', this[kState]);
  },
});

// A port whose other end is in another thread (worker_threads): send
// takes what postMessage is given; deliverToPort queues what arrives.
function makeRemotePort(send) {
  const port = new MessagePort(kConstruct);
  port[kState].remote = send;
  return port;
}

function deliverToPort(port, data) {
  const s = port[kState];
  if (s.closed) return;
  s.queue.push(data);
  scheduleDrain(port);
}

module.exports = {
  MessageChannel, MessagePort, MessageEvent, BroadcastChannel, receiveMessageOnPort,
  makeRemotePort, deliverToPort, closePort,
};
