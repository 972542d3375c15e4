'use strict';
// perf_hooks' histograms: createHistogram() and monitorEventLoopDelay().
// Values are counted in HdrHistogram's buckets (as Node's, which uses
// HdrHistogram_c): a value is kept to `figures` significant digits, and
// min, max, mean, stddev and the percentiles are computed from the buckets
// the way HdrHistogram computes them, so they read as Node's do. The loop
// delay monitor samples with an unreferenced interval timer, recording the
// time between its ticks in nanoseconds, as Node's does.

const { invalidArgType, outOfRange, validateInteger, validateObject } = require('internal/errors');

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kInt64Max = 9223372036854775807;
const kState = Symbol('kHistogramState');
const two32 = 2 ** 32;

// SafeMap is the name Node's percentiles map shows under inspect.
class SafeMap extends Map {}

function bitLength(v) {
  const hi = Math.floor(v / two32);
  return hi ? 64 - Math.clz32(hi) : 32 - Math.clz32(v >>> 0);
}

// Bucket arithmetic of HdrHistogram for values up to 2^53.
class Buckets {
  constructor(lowest, figures) {
    this.unit = Math.floor(Math.log2(lowest));
    const largest = 2 * 10 ** figures;
    const countMagnitude = Math.ceil(Math.log2(largest));
    this.halfCountMagnitude = countMagnitude - 1;
    this.subBucketCount = 2 ** countMagnitude;
    this.mask = (this.subBucketCount - 1) * 2 ** this.unit;
  }

  // [lowest equivalent value, size of the equivalent range] of v.
  locate(v) {
    const bucket = bitLength(v > this.mask ? v : this.mask) - this.unit - (this.halfCountMagnitude + 1);
    const shift = 2 ** (bucket + this.unit);
    const sub = Math.floor(v / shift);
    const adjusted = sub >= this.subBucketCount ? bucket + 1 : bucket;
    return [sub * shift, 2 ** (this.unit + adjusted)];
  }

  highest(v) {
    const [low, size] = this.locate(v);
    return low + size - 1;
  }

  median(v) {
    const [low, size] = this.locate(v);
    return low + Math.floor(size / 2);
  }
}

function newState(lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3) {
  return {
    buckets: new Buckets(lowest, figures), lowest, highest, figures,
    counts: new Map(), total: 0, min: kInt64Max, max: 0, exceeds: 0, prev: 0, timer: null,
  };
}

// The (lowest equivalent value, count) pairs in value order.
function sorted(s) {
  return [...s.counts.entries()].sort((a, b) => a[0] - b[0]);
}

function recordValue(s, v) {
  if (v > s.highest || v < 0) {
    s.exceeds++;
    return;
  }
  const [low] = s.buckets.locate(v);
  s.counts.set(low, (s.counts.get(low) || 0) + 1);
  s.total++;
  if (v < s.min && v !== 0) s.min = v;
  if (v > s.max) s.max = v;
}

function mean(s) {
  let sum = 0;
  for (const [v, n] of s.counts) sum += n * s.buckets.median(v);
  return sum / s.total;
}

function stddev(s) {
  const m = mean(s);
  let dev = 0;
  for (const [v, n] of s.counts) {
    const d = s.buckets.median(v) - m;
    dev += d * d * n;
  }
  return Math.sqrt(dev / s.total);
}

function valueAtPercentile(s, p) {
  const requested = Math.min(p, 100);
  const want = Math.max(Math.floor((requested / 100) * s.total + 0.5), 1);
  let seen = 0;
  for (const [v, n] of sorted(s)) {
    seen += n;
    if (seen >= want) return s.buckets.highest(v);
  }
  return 0;
}

// HdrHistogram's percentile iteration with one tick per half distance:
// keys 0, 50, 75, 87.5, ... up to 100, each with the lowest value of its
// bucket.
function percentileMap(s, toKey) {
  const map = new SafeMap();
  const list = sorted(s);
  let i = -1;
  let cumulative = 0;
  let value = 0;
  let next = 0;
  const advance = () => {
    if (cumulative >= s.total || i + 1 >= list.length) return false;
    i++;
    cumulative += list[i][1];
    value = list[i][0];
    return true;
  };
  for (;;) {
    if (cumulative >= s.total) {
      map.set(100, toKey(value));
      return map;
    }
    if (i === -1 && !advance()) return map;
    let reported = false;
    do {
      if (next <= (100 * cumulative) / s.total) {
        map.set(next, toKey(value));
        const temp = Math.trunc(Math.log(100 / (100 - next)) / Math.log(2)) + 1;
        next += 100 / 2 ** temp;
        reported = true;
        break;
      }
    } while (advance());
    // Out of buckets: the next turn reports 100.
    if (!reported && cumulative < s.total) return map;
  }
}

function checkPercentile(p) {
  if (typeof p !== 'number') throw invalidArgType('percentile', 'number', p);
  if (Number.isNaN(p) || p <= 0 || p > 100) throw outOfRange('percentile', '> 0 && <= 100', p);
}

class Histogram {
  constructor(state) {
    this[kState] = state;
  }

  get count() { return this[kState].total; }
  get countBigInt() { return BigInt(this[kState].total); }
  get min() {
    const s = this[kState];
    return s.min === kInt64Max ? kInt64Max : s.buckets.locate(s.min)[0];
  }

  get minBigInt() { return this.min === kInt64Max ? 9223372036854775807n : BigInt(this.min); }
  get max() {
    const s = this[kState];
    return s.max === 0 ? 0 : s.buckets.highest(s.max);
  }

  get maxBigInt() { return BigInt(this.max); }
  get mean() { return mean(this[kState]); }
  get exceeds() { return this[kState].exceeds; }
  get exceedsBigInt() { return BigInt(this[kState].exceeds); }
  get stddev() { return stddev(this[kState]); }

  percentile(percentile) {
    checkPercentile(percentile);
    return valueAtPercentile(this[kState], percentile);
  }

  percentileBigInt(percentile) {
    checkPercentile(percentile);
    return BigInt(valueAtPercentile(this[kState], percentile));
  }

  get percentiles() { return percentileMap(this[kState], (v) => v); }
  get percentilesBigInt() { return percentileMap(this[kState], (v) => BigInt(v)); }

  reset() {
    const s = this[kState];
    s.counts.clear();
    s.total = 0;
    s.min = kInt64Max;
    s.max = 0;
    s.exceeds = 0;
  }

  toJSON() {
    return {
      count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [inspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = {
      min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, count: this.count, percentiles: this.percentiles,
    };
    return `Histogram ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

class RecordableHistogram extends Histogram {
  record(val) {
    if (typeof val === 'bigint') {
      val = Number(val);
    } else {
      validateInteger(val, 'val', 1);
    }
    recordValue(this[kState], val);
  }

  recordDelta() {
    const s = this[kState];
    const now = Number(process.hrtime.bigint());
    if (s.prev > 0) recordValue(s, now - s.prev);
    s.prev = now;
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) {
      throw invalidArgType('other', 'RecordableHistogram', other);
    }
    const s = this[kState];
    for (const [v, n] of other[kState].counts) {
      for (let k = 0; k < n; k++) recordValue(s, v);
    }
    s.exceeds += other[kState].exceeds;
  }
}

class ELDHistogram extends Histogram {
  enable() {
    const s = this[kState];
    if (s.timer) return false;
    s.prev = 0;
    s.timer = setInterval(() => {
      const now = Number(process.hrtime.bigint());
      if (s.prev > 0 && now > s.prev) recordValue(s, now - s.prev);
      s.prev = now;
    }, s.resolution);
    s.timer.unref();
    return true;
  }

  disable() {
    const s = this[kState];
    if (!s.timer) return false;
    clearInterval(s.timer);
    s.timer = null;
    return true;
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  validateInteger(highest, 'options.highest', 2 * lowest, Number.MAX_SAFE_INTEGER);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(newState(lowest, highest, figures));
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  const state = newState();
  state.resolution = resolution;
  return new ELDHistogram(state);
}

module.exports = { Histogram, RecordableHistogram, ELDHistogram, createHistogram, monitorEventLoopDelay };
