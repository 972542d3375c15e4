'use strict';
// PerformanceObserver: observers collect the entries of the types they
// watch and get them in one callback per observer, from an immediate.

const { nodeError, invalidArgType } = require('internal/errors');
const { DOMException } = binding.parts.domexception;

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
const kState = Symbol('kObserverState');
const active = new Set();
const pending = new Set();
let scheduled = false;
let bufferedEntries = () => [];

function byStartTime(list) {
  return list.map((e, i) => [e, i]).sort((a, b) => (a[0].startTime - b[0].startTime) || (a[1] - b[1])).map(([e]) => e);
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  require('timers').setImmediate(() => {
    scheduled = false;
    const due = [...pending];
    pending.clear();
    for (const observer of due) {
      const s = observer[kState];
      const records = s.buffer;
      s.buffer = [];
      s.callback.call(undefined, new PerformanceObserverEntryList(records), observer);
    }
  });
}

// Go keeps the types some observer watches (web.Observing), for the
// modules that time something only when an observer would see it.
function shareObserved() {
  const types = new Set();
  for (const observer of active) for (const t of observer[kState].types) types.add(t);
  binding.setObserved([...types]);
}

// Hands a new entry to every observer watching its type.
function notify(entry) {
  for (const observer of active) {
    const s = observer[kState];
    if (!s.types.has(entry.entryType)) continue;
    s.buffer.push(entry);
    pending.add(observer);
  }
  if (pending.size) schedule();
}

class PerformanceObserverEntryList {
  constructor(entries) {
    Object.defineProperty(this, kState, { value: byStartTime(entries) });
  }

  getEntries() {
    return this[kState].slice();
  }

  getEntriesByType(type) {
    type = `${type}`;
    return this[kState].filter((e) => e.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    name = `${name}`;
    return this[kState].filter((e) => e.name === name && (type === undefined || e.entryType === `${type}`));
  }

  [inspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${require('util').inspect(this[kState], opts)}`;
  }
}

class PerformanceObserver {
  constructor(callback) {
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    Object.defineProperty(this, kState, { value: { callback, buffer: [], types: new Set(), mode: undefined } });
  }

  observe(options = {}) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw invalidArgType('options', 'object', options);
    }
    const { entryTypes, type, buffered } = options;
    const s = this[kState];
    if (entryTypes === undefined && type === undefined) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "options.entryTypes" and "options.type" arguments must be specified');
    }
    if (entryTypes != null && type != null) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The property 'options.entryTypes' options.entryTypes can not set with options.type together. Received ${require('util').inspect(entryTypes)}`);
    }
    const mode = entryTypes !== undefined ? 'multiple' : 'single';
    if (s.mode !== undefined && s.mode !== mode) {
      throw new DOMException(`PerformanceObserver can not change to ${mode} observation${mode === 'multiple' ? 's' : ''}`,
        'InvalidModificationError');
    }
    s.mode = mode;
    if (mode === 'multiple') {
      if (!Array.isArray(entryTypes)) throw invalidArgType('options.entryTypes', 'string[]', entryTypes);
      s.types.clear();
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) s.types.add(t);
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      s.types.add(type);
      if (buffered) {
        s.buffer.push(...bufferedEntries().filter((e) => e.entryType === type));
        pending.add(this);
        schedule();
      }
    }
    if (s.types.size) active.add(this);
    else this.disconnect();
    shareObserved();
  }

  disconnect() {
    const s = this[kState];
    active.delete(this);
    pending.delete(this);
    s.buffer = [];
    s.types.clear();
    s.mode = undefined;
    shareObserved();
  }

  takeRecords() {
    const s = this[kState];
    const list = s.buffer;
    s.buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  [inspectSymbol](depth, options) {
    if (depth < 0) return this;
    const s = this[kState];
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const shown = { connected: active.has(this), pending: pending.has(this), entryTypes: [...s.types], buffer: s.buffer };
    return `PerformanceObserver ${require('util').inspect(shown, opts)}`;
  }
}

for (const C of [PerformanceObserver, PerformanceObserverEntryList]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  notify,
  setBufferedEntries(fn) { bufferedEntries = fn; },
};
