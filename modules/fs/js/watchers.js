'use strict';
// internal/fs/watchers: fs.watchFile / fs.unwatchFile, polling stat(2) the
// way libuv's fs_poll does: the first result is the baseline, later ones
// that differ emit 'change' (current, previous); a failure reports zeroed
// stats once until the file comes back.

const EventEmitter = require('events');
const { setTimeout, clearTimeout } = require('timers');
const {
  getValidatedPath, validateFunction, validateBoolean, validateInteger,
  validateObject, validateAbortSignal, argValue, abortError, getOptions, copyObject,
} = require('internal/fs/utils');
const { getStatsFromBinding } = require('internal/fs/stats');
const pathModule = require('path');
const { Buffer } = require('buffer');

const kStart = Symbol('kFSStatWatcherStart');
const kRefs = Symbol('kFSStatWatcherRefs');

const zeroStats = (bigint) => new Array(18).fill(bigint ? 0n : 0);

// Fields whose change libuv counts as a change of the file.
const watched = [0, 1, 3, 4, 7, 8, 12, 13, 14, 15];
const same = (a, b) => watched.every((i) => a[i] === b[i]);

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = Boolean(bigint);
    this._timer = null;
    this._active = false;
    this._refed = true;
    this[kRefs] = 1;
  }

  [kStart](filename, persistent, interval) {
    if (this._active) return;
    this._active = true;
    this._refed = persistent;
    let prev = zeroStats(this._bigint);
    let state = 0; // 0: no result yet, 1: stat worked, <0: failing (its errno)
    const poll = () => {
      binding.stat(filename, this._bigint, (err, st) => {
        if (!this._active) return;
        if (err) {
          if (state !== err.errno) {
            this.emit('change', getStatsFromBinding(zeroStats(this._bigint)), getStatsFromBinding(prev));
            state = err.errno;
          }
        } else {
          if (state !== 0 && (state < 0 || !same(prev, st))) {
            this.emit('change', getStatsFromBinding(st), getStatsFromBinding(prev));
          }
          prev = st;
          state = 1;
        }
        this._timer = setTimeout(poll, interval);
        if (!this._refed) this._timer.unref();
      });
    };
    poll();
  }

  stop() {
    if (!this._active) return;
    this._active = false;
    if (this._timer) clearTimeout(this._timer);
    this._timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._refed = true;
    this._timer?.ref();
    return this;
  }

  unref() {
    this._refed = false;
    this._timer?.unref();
    return this;
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    validateBoolean(options.persistent, 'options.persistent');
    validateInteger(options.interval, 'options.interval');
    watcher = new StatWatcher(options.bigint);
    watcher[kStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, watcher);
  } else {
    watcher[kRefs]++;
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') {
    const before = watcher.listenerCount('change');
    watcher.removeListener('change', listener);
    if (watcher.listenerCount('change') < before) watcher[kRefs]--;
  } else {
    watcher.removeAllListeners('change');
    watcher[kRefs] = 0;
  }
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

// fs.watch: an FSWatcher over the binding's FSEvent handle (inotify).
class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = binding.FSEvent();
    this._handle.onchange = (status, eventType, filename) => {
      this.emit('change', eventType, filename);
    };
  }

  [kStart](filename, persistent, recursive, encoding) {
    if (this._handle === null) return;
    this._handle.start(filename, persistent, recursive, encoding);
  }

  // Kept as a no-op for old callers, as Node does.
  start() {}

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = copyObject(getOptions(options));
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  const path = getValidatedPath(filename);
  if (options.recursive) {
    validateBoolean(options.persistent, 'options.persistent');
    validateBoolean(options.recursive, 'options.recursive');
  }
  const watcher = new FSWatcher();
  watcher[kStart](path, Boolean(options.persistent), Boolean(options.recursive), options.encoding);
  if (listener) watcher.addListener('change', listener);
  const { signal } = options;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// fs.promises.watch: the changes as an async iterator of
// { eventType, filename }; changes that come between two reads are queued.
// Like an async generator, it checks its arguments on the first next().
function watchAsync(filename, options = {}) {
  let handle = null;
  let started = false;
  let done = false;
  let failure = null;
  const queue = [];
  let wake = null;
  let signal;
  let listening = false;
  const notify = () => {
    if (wake) { const w = wake; wake = null; w(); }
  };
  const finish = () => {
    done = true;
    handle?.close();
    handle = null;
    if (listening) signal.removeEventListener('abort', onAbort);
    listening = false;
    notify();
  };
  const onAbort = () => { failure = abortError(signal); finish(); };
  const start = () => {
    started = true;
    const path = getValidatedPath(filename);
    validateObject(options, 'options');
    const { persistent = true, recursive = false, encoding = 'utf8' } = options;
    signal = options.signal;
    validateBoolean(persistent, 'options.persistent');
    validateBoolean(recursive, 'options.recursive');
    validateAbortSignal(signal, 'options.signal');
    if (encoding && !Buffer.isEncoding(encoding) && encoding !== 'buffer') {
      throw argValue('encoding', encoding, 'is invalid encoding');
    }
    if (signal?.aborted) throw abortError(signal);
    handle = binding.FSEvent();
    handle.onchange = (status, eventType, name) => {
      queue.push({ eventType, filename: name });
      notify();
    };
    handle.start(path, persistent, recursive, encoding);
    if (signal) {
      signal.addEventListener('abort', onAbort, { once: true });
      listening = true;
    }
  };
  const next = async () => {
    if (!started) {
      try {
        start();
      } catch (err) {
        finish();
        throw err;
      }
    }
    while (queue.length === 0 && !done) await new Promise((resolve) => { wake = resolve; });
    if (failure) {
      const err = failure;
      failure = null;
      throw err;
    }
    if (queue.length === 0) return { value: undefined, done: true };
    return { value: queue.shift(), done: false };
  };
  let chain = Promise.resolve();
  return {
    [Symbol.asyncIterator]() { return this; },
    next() {
      const p = chain.then(next);
      chain = p.catch(() => {});
      return p;
    },
    async return(value) {
      queue.length = 0;
      finish();
      return { value, done: true };
    },
    async throw(err) {
      queue.length = 0;
      finish();
      throw err;
    },
  };
}

module.exports = { StatWatcher, FSWatcher, watchFile, unwatchFile, watch, watchAsync };
