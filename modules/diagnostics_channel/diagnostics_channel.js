'use strict';
// Body of function(exports, require, module, binding): Node's
// diagnostics_channel. A subscriber that throws does not stop the others:
// its error is rethrown on the next tick, as an uncaught exception.

const { invalidArgType, validateFunction } = require('internal/errors');

const channels = new Map();

class Channel {
  constructor(name) {
    this._subscribers = [];
    this._stores = new Map();
    this.name = name;
  }

  static [Symbol.hasInstance](instance) {
    return instance !== null && typeof instance === 'object' && channels.get(instance.name) === instance;
  }

  get hasSubscribers() {
    return this._subscribers.length > 0 || this._stores.size > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const i = this._subscribers.indexOf(subscription);
    if (i === -1) return false;
    this._subscribers = [...this._subscribers.slice(0, i), ...this._subscribers.slice(i + 1)];
    return true;
  }

  publish(data) {
    for (const onMessage of this._subscribers) {
      try {
        onMessage(data, this.name);
      } catch (err) {
        process.nextTick(() => { throw err; });
      }
    }
  }

  // bindStore(store[, transform]): runStores enters store (an
  // AsyncLocalStorage-like object with run()) with transform(data).
  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    return this._stores.delete(store);
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return fn.apply(thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const inner = run;
      let value = data;
      if (typeof transform === 'function') {
        try {
          value = transform(data);
        } catch (err) {
          process.nextTick(() => { throw err; });
          continue;
        }
      }
      run = () => store.run(value, inner);
    }
    return run();
  }
}

function checkName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw invalidArgType('channel', ['string', 'symbol'], name);
  }
}

function channel(name) {
  let ch = channels.get(name);
  if (ch !== undefined) return ch;
  checkName(name);
  ch = new Channel(name);
  channels.set(name, ch);
  return ch;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  const ch = channels.get(name);
  return ch !== undefined && ch.unsubscribe(subscription);
}

function hasSubscribers(name) {
  const ch = channels.get(name);
  return ch !== undefined && ch.hasSubscribers;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of traceEvents) this[event] = channel(`tracing:${nameOrChannels}:${event}`);
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const event of traceEvents) {
        const ch = nameOrChannels[event];
        if (!(ch instanceof Channel)) throw invalidArgType(`nameOrChannels.${event}`, 'Channel', ch);
        this[event] = ch;
      }
    } else {
      throw invalidArgType('nameOrChannels', ['string', 'object', 'Channel'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return traceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return fn.apply(thisArg, args);
    return runTraced(this, context, () => {
      const result = fn.apply(thisArg, args);
      context.result = result;
      return result;
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return fn.apply(thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const settled = () => {
      asyncStart.publish(context);
      asyncEnd.publish(context);
    };
    return runTraced(this, context, () => {
      let promise = fn.apply(thisArg, args);
      if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
      return promise.then((result) => {
        context.result = result;
        settled();
        return result;
      }, (err) => {
        context.error = err;
        error.publish(context);
        settled();
        throw err;
      });
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return fn.apply(thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const at = position < 0 ? args.length + position : position;
    const callback = args[at];
    validateFunction(callback, 'callback');
    args[at] = function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      // Named, not read inside the arrow: goja gives an arrow nested in a
      // call no 'arguments' of the enclosing function.
      const callArgs = arguments;
      return asyncStart.runStores(context, () => {
        try {
          return callback.apply(this, callArgs);
        } finally {
          asyncEnd.publish(context);
        }
      });
    };
    return runTraced(this, context, () => fn.apply(thisArg, args));
  }
}

// runTraced runs body inside the start channel's stores: an error it
// throws is published on error, and end is published however it ends.
function runTraced(tc, context, body) {
  return tc.start.runStores(context, () => {
    try {
      return body();
    } catch (err) {
      context.error = err;
      tc.error.publish(context);
      throw err;
    } finally {
      tc.end.publish(context);
    }
  });
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

Object.assign(exports, { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel });
