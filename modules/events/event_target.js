'use strict';
// Node's minimal DOM events: Event, CustomEvent and EventTarget. Body of a
// function (exports, require, module, binding); binding is the shared
// internals object events.js hands over.

const EventEmitter = require('events');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;
const { inspect, invalidArgType, makeNodeError, missingArgs, invalidThis, validateAbortSignal } = binding.errors;

const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kState = Symbol('kEventState');
const kDetail = Symbol('kDetail');
// Listeners added with it still run after stopImmediatePropagation (the
// abort listeners events.once() and events.on() put on a signal).
const kResistStopPropagation = Symbol('kResistStopPropagation');
// Listeners added with it (NodeEventTarget's on, once, addListener) get the
// value emit() was given rather than an Event.
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');
// target[kCreateEvent](value, type) makes the Event DOM-style listeners get
// when a NodeEventTarget emits value; target[kHybridDispatch](value, type)
// is that emit.
const kCreateEvent = Symbol('kCreateEvent');
const kHybridDispatch = Symbol('kHybridDispatch');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

let clockStart;
function now() {
  if (typeof performance === 'object' && performance && typeof performance.now === 'function') {
    return performance.now();
  }
  if (clockStart === undefined) clockStart = Date.now();
  return Date.now() - clockStart;
}

// A thrown or rejected listener error surfaces as an uncaught exception
// after the dispatch, without stopping the other listeners.
function reportListenerError(err) {
  process.nextTick(() => {
    throw err;
  });
}

function isEvent(value) {
  return value != null && typeof value === 'object' && value[kState] !== undefined;
}

function eventState(ev) {
  if (!isEvent(ev)) throw invalidThis('Event');
  return ev[kState];
}

function validateOptionsObject(options) {
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw invalidArgType('options', 'object', options);
  }
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    validateOptionsObject(options);
    const state = {
      type: `${type}`,
      bubbles: Boolean(options?.bubbles),
      cancelable: Boolean(options?.cancelable),
      composed: Boolean(options?.composed),
      defaultPrevented: false,
      timeStamp: now(),
      propagationStopped: false,
      stopped: false,
      target: null,
      dispatching: false,
    };
    Object.defineProperty(this, kState, { value: state, writable: true, configurable: true });
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw missingArgs('type');
    const state = eventState(this);
    if (state.dispatching) return;
    state.type = `${type}`;
    state.bubbles = Boolean(bubbles);
    state.cancelable = Boolean(cancelable);
  }

  [customInspect](depth, options) {
    const state = eventState(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    return `${name} ${inspect({
      type: state.type,
      defaultPrevented: state.defaultPrevented,
      cancelable: state.cancelable,
      timeStamp: state.timeStamp,
    }, opts)}`;
  }

  stopImmediatePropagation() {
    const state = eventState(this);
    state.propagationStopped = true;
    state.stopped = true;
  }

  preventDefault() {
    eventState(this).defaultPrevented = true;
  }

  get target() { return eventState(this).target; }
  get currentTarget() {
    const state = eventState(this);
    return state.dispatching ? state.target : null;
  }
  get srcElement() { return eventState(this).target; }
  get type() { return eventState(this).type; }
  get cancelable() { return eventState(this).cancelable; }
  get defaultPrevented() {
    const state = eventState(this);
    return state.cancelable && state.defaultPrevented;
  }
  get timeStamp() { return eventState(this).timeStamp; }

  composedPath() {
    const state = eventState(this);
    return state.dispatching ? [state.target] : [];
  }

  get returnValue() {
    const state = eventState(this);
    return !(state.cancelable && state.defaultPrevented);
  }

  get bubbles() { return eventState(this).bubbles; }
  get composed() { return eventState(this).composed; }
  get eventPhase() { return eventState(this).dispatching ? Event.AT_TARGET : Event.NONE; }
  get cancelBubble() { return eventState(this).propagationStopped; }
  set cancelBubble(value) {
    if (value) this.stopPropagation();
  }

  stopPropagation() {
    eventState(this).propagationStopped = true;
  }

  get isTrusted() {
    eventState(this);
    return false;
  }
}

const enumerable = { enumerable: true };
for (const name of Object.getOwnPropertyNames(Event.prototype)) {
  if (name !== 'constructor') Object.defineProperty(Event.prototype, name, enumerable);
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', writable: false, enumerable: false, configurable: true });
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isEvent(this) || !(kDetail in this)) throw invalidThis('CustomEvent');
    return this[kDetail];
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', enumerable);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', writable: false, enumerable: false, configurable: true });

// The WebIDL DOMString conversion Node applies to listener types.
function toDOMString(value) {
  if (typeof value === 'symbol') {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'value' is invalid. Received ${inspect(value)}`);
  }
  return `${value}`;
}

function isEventTarget(value) {
  return value != null && typeof value === 'object' && value[kEvents] instanceof Map;
}

function checkTarget(value) {
  if (!isEventTarget(value)) throw invalidThis('EventTarget');
}

function listenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || options === undefined) return {};
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw invalidArgType('options', 'object', options);
  }
  validateAbortSignal(options.signal, 'options.signal');
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    resist: Boolean(options[kResistStopPropagation]),
    nodeStyle: Boolean(options[kIsNodeStyleListener]),
  };
}

// Objects are accepted even without handleEvent: it is looked up at dispatch.
function isUsableListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw invalidArgType('listener', 'EventListener', listener);
}

function warnTargetLeak(target, type, count) {
  const warning = new Error(
    `Possible EventTarget memory leak detected. ${count} ${type} listeners added to ` +
    `${inspect(target, { depth: -1 })}. MaxListeners is ${target[kMaxEventTargetListeners]}. ` +
    'Use events.setMaxListeners() to increase limit');
  warning.name = 'MaxListenersExceededWarning';
  warning.target = target;
  warning.type = type;
  warning.count = count;
  process.emitWarning(warning);
}

class EventTarget {
  constructor() {
    this[kEvents] = new Map();
    this[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
    this[kMaxEventTargetListenersWarned] = false;
    this[kHandlers] = new Map();
  }

  addEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw missingArgs('type', 'listener');
    const opts = listenerOptions(options);
    if (!isUsableListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    type = toDOMString(type);
    const signal = opts.signal;
    if (signal?.aborted) return;
    let list = this[kEvents].get(type);
    if (list === undefined) {
      list = [];
      this[kEvents].set(type, list);
    }
    for (const rec of list) {
      if (rec.listener === listener && rec.capture === Boolean(opts.capture)) return;
    }
    list.push({
      listener, capture: Boolean(opts.capture), once: Boolean(opts.once),
      passive: Boolean(opts.passive), resist: Boolean(opts.resist), nodeStyle: Boolean(opts.nodeStyle),
    });
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && list.length > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      warnTargetLeak(this, type, list.length);
    }
    if (signal) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), {
        once: true, [kResistStopPropagation]: true,
      });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw missingArgs('type', 'listener');
    if (!isUsableListener(listener)) return;
    type = toDOMString(type);
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    removeRecord(this, type, (rec) => rec.listener === listener && rec.capture === capture);
  }

  dispatchEvent(event) {
    checkTarget(this);
    if (arguments.length < 1) throw missingArgs('event');
    if (!(event instanceof Event)) throw invalidArgType('event', 'Event', event);
    const state = eventState(event);
    if (state.dispatching) {
      throw makeNodeError(Error, 'ERR_EVENT_RECURSION', `The event "${state.type}" is already being dispatched`);
    }
    // Node-style listeners get the event itself.
    dispatch(this, state.type, event, event);
    return state.cancelable && state.defaultPrevented ? false : true;
  }

  [kCreateEvent](value, type) {
    return new CustomEvent(type, { detail: value });
  }

  [kHybridDispatch](value, type) {
    dispatch(this, type, undefined, value);
  }

  [customInspect](depth, options) {
    checkTarget(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    return `${name} ${inspect({}, opts)}`;
  }
}

for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, name, enumerable);
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', writable: false, enumerable: false, configurable: true });

function removeRecord(target, type, match) {
  const list = target[kEvents].get(type);
  if (list === undefined) return;
  const at = list.findIndex(match);
  if (at < 0) return;
  list.splice(at, 1);
  if (list.length === 0) target[kEvents].delete(type);
}

function beginDispatch(target, event) {
  const state = eventState(event);
  state.target = target;
  state.dispatching = true;
  return state;
}

// dispatch runs type's listeners: DOM-style ones get event (made by
// target[kCreateEvent] on first need when undefined, as for an emit),
// node-style ones nodeValue.
function dispatch(target, type, event, nodeValue) {
  let state = event === undefined ? undefined : beginDispatch(target, event);
  // Like Node's linked list: listeners removed during the dispatch are
  // skipped and listeners added during it still run.
  const seen = new Set();
  for (;;) {
    const list = target[kEvents].get(type);
    const rec = list === undefined ? undefined : list.find((r) => !seen.has(r));
    if (rec === undefined) break;
    seen.add(rec);
    if (state !== undefined && state.stopped && !rec.resist) continue;
    if (rec.once) removeRecord(target, type, (r) => r === rec);
    let arg = nodeValue;
    if (!rec.nodeStyle) {
      if (event === undefined) {
        event = target[kCreateEvent](nodeValue, type);
        state = beginDispatch(target, event);
      }
      arg = event;
    }
    try {
      let result;
      if (typeof rec.listener === 'function') {
        result = rec.listener.call(target, arg);
      } else {
        const handle = rec.listener.handleEvent;
        result = Function.prototype.apply.call(handle, rec.listener, [arg]);
      }
      if (result !== undefined && result !== null && typeof result.then === 'function') {
        result.then(undefined, reportListenerError);
      }
    } catch (err) {
      reportListenerError(err);
    }
  }
  if (state !== undefined) state.dispatching = false;
}

function checkNodeTarget(value) {
  if (value == null || value.constructor == null || !value.constructor[kIsNodeEventTarget] ||
      !isEventTarget(value)) {
    throw invalidThis('NodeEventTarget');
  }
}

// NodeEventTarget is an EventTarget with part of EventEmitter's API: what
// node's MessagePort is built on.
class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  setMaxListeners(n) {
    checkNodeTarget(this);
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    checkNodeTarget(this);
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    checkNodeTarget(this);
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    checkNodeTarget(this);
    const list = this[kEvents].get(`${type}`);
    return list === undefined ? 0 : list.length;
  }

  off(type, listener, options) {
    checkNodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  once(type, listener) {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  // emit(type, value): listeners added with on() get value, the others a
  // CustomEvent whose detail is value; further arguments are dropped.
  emit(type, value) {
    checkNodeTarget(this);
    if (typeof type !== 'string') throw invalidArgType('type', 'string', type);
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](value, type);
    return hadListeners;
  }

  removeAllListeners(type) {
    checkNodeTarget(this);
    if (type === undefined) this[kEvents].clear();
    else this[kEvents].delete(`${type}`);
    return this;
  }
}

function listenersOf(target, type) {
  const list = target[kEvents].get(`${type}`);
  return list === undefined ? [] : list.map((rec) => rec.listener);
}

module.exports = {
  Event, EventTarget, CustomEvent, NodeEventTarget, isEventTarget, listenersOf,
  kEvents, kCreateEvent, kHybridDispatch, kResistStopPropagation,
};
