'use strict';
// internal/fs/watchers: fs.watchFile / fs.unwatchFile, polling stat(2) the
// way libuv's fs_poll does: the first result is the baseline, later ones
// that differ emit 'change' (current, previous); a failure reports zeroed
// stats once until the file comes back. fs.watch (inotify) is not provided.

const EventEmitter = require('events');
const { setTimeout, clearTimeout } = require('timers');
const {
  getValidatedPath, validateFunction, validateBoolean, validateInteger, nodeError,
} = require('internal/fs/utils');
const { getStatsFromBinding } = require('internal/fs/stats');
const pathModule = require('path');

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

// eslint-disable-next-line no-unused-vars
function watch(filename, options, listener) {
  throw nodeError(TypeError, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
    'The feature fs.watch is unavailable on the current platform, which is being used to run Node.js');
}

module.exports = { StatWatcher, watchFile, unwatchFile, watch };
