'use strict';
// performance: now/timeOrigin and the User Timing buffer (mark, measure,
// getEntries*), with Node's entry classes and errors.

const { nodeError, invalidArgType, describeReceived, markThrowSite } = require('internal/errors');
const { DOMException } = binding.parts.domexception;
const { structuredClone } = binding.parts.clone;
const observers = binding.parts.observer;

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('kEntryState');
const kBufferFull = Symbol('kBufferFull');
let allowConstruct = false;
const illegal = () => nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
const util = () => require('util');

function inspected(self, shown, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${self.constructor.name} ${util().inspect(shown, opts)}`;
}

function entryState(self) {
  const s = self != null && typeof self === 'object' ? self[kState] : undefined;
  if (s === undefined) {
    throw nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type PerformanceEntry');
  }
  return s;
}

class PerformanceEntry {
  constructor(state) {
    if (!allowConstruct && !(state && state[kState])) throw illegal();
    // Own enumerable, as in Node: inspect shows [PerformanceMark] past the depth.
    this[kState] = allowConstruct ? state : state[kState];
  }

  get name() { return entryState(this).name; }

  get entryType() { return entryState(this).entryType; }

  get startTime() { return entryState(this).startTime; }

  get duration() { return entryState(this).duration; }

  toJSON() {
    const s = entryState(this);
    return { name: s.name, entryType: s.entryType, startTime: s.startTime, duration: s.duration };
  }

  [inspectSymbol](depth, options) {
    return inspected(this, this.toJSON(), depth, options);
  }
}

function makeEntry(Ctor, state) {
  allowConstruct = true;
  try {
    return Reflect.construct(PerformanceEntry, [state], Ctor);
  } finally {
    allowConstruct = false;
  }
}

function validTimestamp(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (value < 0) throw nodeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${value} is not a valid timestamp`);
  return value;
}

function checkOptions(options) {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw invalidArgType('options', 'object', options);
  }
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    checkOptions(options);
    const startTime = options?.startTime === undefined ? binding.now() : validTimestamp(options.startTime, 'startTime');
    const detail = options?.detail === undefined ? null : structuredClone(options.detail);
    super({ [kState]: { name: `${name}`, entryType: 'mark', startTime, duration: 0, detail } });
  }

  get detail() { return entryState(this).detail; }

  toJSON() {
    return { ...super.toJSON(), detail: entryState(this).detail };
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor() {
    if (!allowConstruct) throw illegal();
    super();
  }

  get detail() { return entryState(this).detail; }

  toJSON() {
    return { ...super.toJSON(), detail: entryState(this).detail };
  }
}

// Node's own entries ('connect' of net, ...), which the module that timed
// them hands to the observers of their type (enqueueNodeEntry).
// Its detail and toJSON are PerformanceMeasure's.
class PerformanceNodeEntry extends PerformanceEntry {
  constructor() {
    throw illegal();
  }
}
for (const name of ['detail', 'toJSON']) {
  Object.defineProperty(PerformanceNodeEntry.prototype, name,
    Object.getOwnPropertyDescriptor(PerformanceMeasure.prototype, name));
}

function enqueueNodeEntry(name, entryType, startTime, duration, detail) {
  observers.notify(makeEntry(PerformanceNodeEntry, { name, entryType, startTime, duration, detail }));
}

for (const C of [PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceNodeEntry]) {
  for (const name of Object.getOwnPropertyNames(C.prototype)) {
    if (name === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(C.prototype, name);
    desc.enumerable = true;
    Object.defineProperty(C.prototype, name, desc);
  }
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

// The User Timing buffer, in insertion order; reads sort by startTime.
let entries = [];

const milestones = () => ({
  nodeStart: 0, v8Start: 0, environment: 0, bootstrapComplete: 0, loopStart: -1, loopExit: -1,
});

class PerformanceNodeTiming {
  constructor() { throw illegal(); }

  get name() { return 'node'; }

  get entryType() { return 'node'; }

  get startTime() { return 0; }

  get duration() { return binding.now(); }

  get idleTime() { return 0; }

  toJSON() {
    const m = milestones();
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: this.duration, nodeStart: m.nodeStart,
      v8Start: m.v8Start, bootstrapComplete: m.bootstrapComplete, environment: m.environment,
      loopStart: m.loopStart, loopExit: m.loopExit, idleTime: 0,
    };
  }

  [inspectSymbol](depth, options) {
    return inspected(this, this.toJSON(), depth, options);
  }
}
for (const key of Object.keys(milestones())) {
  Object.defineProperty(PerformanceNodeTiming.prototype, key, { get() { return milestones()[key]; }, enumerable: true, configurable: true });
}
const nodeTiming = Object.create(PerformanceNodeTiming.prototype);

function markTime(name) {
  if (typeof name === 'number') return validTimestamp(name, 'name');
  name = `${name}`;
  const ms = milestones();
  if (name in ms) {
    if (ms[name] < 0) throw nodeError(Error, 'ERR_INVALID_PERFORMANCE_MARK', `The "${name}" performance mark has not been set`);
    return ms[name];
  }
  for (let i = entries.length - 1; i >= 0; i--) {
    const s = entries[i][kState];
    if (s.entryType === 'mark' && s.name === name) return s.startTime;
  }
  throw markThrowSite(new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError'),
    'node:internal/perf/usertiming',
    "    throw lazyDOMException(`The \"${name}\" performance mark has not been set`, 'SyntaxError');", 5);
}

function measureOptionsError(message) {
  return nodeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message);
}

function checkPerformance(self) {
  if (self !== performance) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "this" argument must be an instance of Performance.${describeReceived(self)}`);
  }
}

class Performance extends EventTarget {
  constructor() {
    if (!allowConstruct) throw illegal();
    super();
  }

  clearMarks(name = undefined) {
    checkPerformance(this);
    entries = entries.filter((e) => e[kState].entryType !== 'mark' || (name !== undefined && e[kState].name !== `${name}`));
  }

  clearMeasures(name = undefined) {
    checkPerformance(this);
    entries = entries.filter((e) => e[kState].entryType !== 'measure' || (name !== undefined && e[kState].name !== `${name}`));
  }

  clearResourceTimings() {
    checkPerformance(this);
  }

  getEntries() {
    checkPerformance(this);
    return sorted(entries);
  }

  getEntriesByName(name, type = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    name = `${name}`;
    return sorted(entries.filter((e) => e[kState].name === name && (type === undefined || e[kState].entryType === `${type}`)));
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "type" argument must be specified');
    type = `${type}`;
    return sorted(entries.filter((e) => e[kState].entryType === type));
  }

  mark(name, options = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) {
      throw markThrowSite(nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified'),
        'node:internal/perf/performance', "      throw new ERR_MISSING_ARGS('name');", 7);
    }
    const mark = new PerformanceMark(name, options);
    entries.push(mark);
    observers.notify(mark);
    return mark;
  }

  measure(name, startOrOptions = undefined, endMark = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    // Options count only with start or end; a bare string is a start mark.
    const opts = startOrOptions !== null && typeof startOrOptions === 'object' ? startOrOptions : undefined;
    const { start: s, end: e, duration: d } = opts ?? {};
    const useOptions = s !== undefined || e !== undefined;
    if (useOptions) {
      if (endMark !== undefined) throw measureOptionsError('endMark must not be specified');
      if (s !== undefined && e !== undefined && d !== undefined) {
        throw measureOptionsError('Must not have options.start, options.end, and options.duration specified');
      }
    }
    let end;
    if (endMark !== undefined) end = markTime(endMark);
    else if (useOptions && e !== undefined) end = markTime(e);
    else if (useOptions && d !== undefined) end = markTime(s) + markTime(d);
    else end = binding.now();
    let start;
    if (typeof startOrOptions === 'string') start = markTime(startOrOptions);
    else if (useOptions && s !== undefined) start = markTime(s);
    else if (useOptions && d !== undefined) start = end - markTime(d);
    else start = 0;
    const detail = opts?.detail === undefined ? null : structuredClone(opts.detail);
    const measure = makeEntry(PerformanceMeasure,
      { name: `${name}`, entryType: 'measure', startTime: start, duration: end - start, detail });
    entries.push(measure);
    observers.notify(measure);
    return measure;
  }

  now() {
    checkPerformance(this);
    return binding.now();
  }

  setResourceTimingBufferSize() {
    checkPerformance(this);
  }

  get timeOrigin() {
    checkPerformance(this);
    return binding.timeOrigin();
  }

  toJSON() {
    checkPerformance(this);
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }

  // Without loop instrumentation, utilization is reported as idle.
  eventLoopUtilization() {
    return { idle: 0, active: 0, utilization: 0 };
  }

  get nodeTiming() { return nodeTiming; }

  markResourceTiming() {
    checkPerformance(this);
  }

  timerify(fn) {
    if (typeof fn !== 'function') throw invalidArgType('fn', 'function', fn);
    const timerified = {
      [`timerified ${fn.name}`](...args) {
        return new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
      },
    }[`timerified ${fn.name}`];
    Object.defineProperty(timerified, 'length', { value: fn.length });
    return timerified;
  }

  get onresourcetimingbufferfull() {
    return this[kBufferFull] ?? null;
  }

  set onresourcetimingbufferfull(value) {
    this[kBufferFull] = value;
  }

  [inspectSymbol](depth, options) {
    return inspected(this, { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin }, depth, options);
  }
}

function sorted(list) {
  return list.map((e, i) => [e, i]).sort((a, b) => (a[0][kState].startTime - b[0][kState].startTime) || (a[1] - b[1]))
    .map(([e]) => e);
}

for (const name of Object.getOwnPropertyNames(Performance.prototype)) {
  if (name === 'constructor') continue;
  const desc = Object.getOwnPropertyDescriptor(Performance.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(Performance.prototype, name, desc);
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

observers.setBufferedEntries(() => sorted(entries));

allowConstruct = true;
const performance = new Performance();
allowConstruct = false;

module.exports = { performance, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, enqueueNodeEntry };
