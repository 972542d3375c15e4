'use strict';
// Body of function(exports, require, module, binding): the global Intl,
// loaded on first use. Node has full ICU; gocluster has the data of one
// locale, English as en and en-US use it (en-US is the default), and of
// the parts of Intl that npm packages reach for: ListFormat, Segmenter
// (graphemes) and DateTimeFormat (numeric fields, time zones). What it
// has gives node's output byte for byte; what it lacks throws a RangeError
// that says so, never an answer in other words.

const slots = new WeakMap();

function unsupported(what) {
  return new RangeError(`${what} is not supported by gocluster's Intl (it has the en-US data of ListFormat, Segmenter and DateTimeFormat)`);
}

function receiverName(v) {
  if (v !== null && (typeof v === 'object' || typeof v === 'function')) {
    const c = v.constructor;
    return `#<${(typeof c === 'function' && c.name) || 'Object'}>`;
  }
  return String(v);
}

// slotOf is the internal state of an Intl object of kind, for method.
function slotOf(v, kind, method) {
  const s = v !== null && typeof v === 'object' ? slots.get(v) : undefined;
  if (s === undefined || s.kind !== kind) {
    throw new TypeError(`Method ${method} called on incompatible receiver ${receiverName(v)}`);
  }
  return s;
}

// canonicalLocaleList is CanonicalizeLocaleList: the tags, canonical.
function canonicalLocaleList(locales) {
  if (locales === undefined) return [];
  const list = typeof locales === 'string' ? [locales] : Object(locales);
  const out = [];
  const len = typeof locales === 'string' ? 1 : Math.min(Math.max(Math.trunc(Number(list.length)) || 0, 0), 2 ** 53 - 1);
  for (let k = 0; k < len; k++) {
    if (!(k in list)) continue;
    const v = list[k];
    if (typeof v !== 'string' && (v === null || typeof v !== 'object')) {
      throw new TypeError('Language ID should be string or object.');
    }
    const tag = binding.canonicalLocale(String(v));
    if (tag === undefined) throw new RangeError('Incorrect locale information provided');
    if (!out.includes(tag)) out.push(tag);
  }
  return out;
}

// Unicode extension keys that change what a formatter of kind does.
const relevantKeys = { ListFormat: [], Segmenter: [], DateTimeFormat: ['ca', 'hc', 'nu'] };

// resolveLocale picks the locale of an Intl object: the first requested,
// which must be English with data here.
function resolveLocale(locales, kind) {
  const tag = canonicalLocaleList(locales).find(binding.localeKnown);
  if (tag === undefined) return 'en-US';
  const [base, ext, other] = binding.splitLocale(tag);
  const resolved = base === 'en' || base === 'en-Latn-US' ? 'en' : base === 'en-US' ? 'en-US' : undefined;
  if (resolved === undefined || other) throw unsupported(`The locale ${tag}`);
  for (const key of ext) {
    if (key === 'va' || relevantKeys[kind].includes(key)) throw unsupported(`The locale ${tag}`);
  }
  return resolved;
}

function optionsObject(options) {
  if (options === undefined) return { __proto__: null };
  if (options !== null && typeof options === 'object') return options;
  throw new TypeError('invalid_argument');
}

function getOption(options, name, kind, allowed, fallback) {
  const v = options[name];
  if (v === undefined) return fallback;
  const s = String(v);
  if (!allowed.includes(s)) throw new RangeError(`Value ${s} out of range for Intl.${kind} options property ${name}`);
  return s;
}

function supportedLocalesOf(kind) {
  return {
    supportedLocalesOf(locales, options) {
      const list = canonicalLocaleList(locales);
      if (options !== undefined) getOption(optionsObject(options), 'localeMatcher', kind, ['lookup', 'best fit'], 'best fit');
      return list.filter((tag) => {
        const [base] = binding.splitLocale(tag);
        return base === 'en' || base === 'en-US' || base === 'en-Latn-US';
      });
    },
  }.supportedLocalesOf;
}

function defineMethods(target, methods) {
  for (const name of Reflect.ownKeys(methods)) {
    Object.defineProperty(target, name, { value: methods[name], writable: true, enumerable: false, configurable: true });
  }
}

function defineTag(target, tag) {
  Object.defineProperty(target, Symbol.toStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
}

// makeConstructor is an Intl constructor, which requires new unless it is
// one of the first edition's (callable).
function makeConstructor(kind, init, callable) {
  const ctor = {
    [kind]: function(locales, options) {
      if (new.target === undefined && !callable) throw new TypeError(`Constructor Intl.${kind} requires 'new'`);
      const self = Object.create((new.target || ctor).prototype);
      slots.set(self, { kind, ...init(locales, options) });
      return self;
    },
  }[kind];
  Object.defineProperty(ctor, 'length', { value: 0 });
  defineMethods(ctor, { supportedLocalesOf: supportedLocalesOf(kind) });
  defineTag(ctor.prototype, `Intl.${kind}`);
  return ctor;
}

// --- ListFormat --------------------------------------------------------------

// English list patterns: between two, between the first ones, before the last.
const listPatterns = {
  conjunction: { long: [' and ', ', ', ', and '], short: [' & ', ', ', ', & '], narrow: [', ', ', ', ', '] },
  disjunction: { long: [' or ', ', ', ', or '], short: [' or ', ', ', ', or '], narrow: [' or ', ', ', ', or '] },
  unit: { long: [', ', ', ', ', '], short: [', ', ', ', ', '], narrow: [' ', ' ', ' '] },
};

const ListFormat = makeConstructor('ListFormat', (locales, options) => {
  const locale = resolveLocale(locales, 'ListFormat');
  options = optionsObject(options);
  getOption(options, 'localeMatcher', 'ListFormat', ['lookup', 'best fit'], 'best fit');
  const type = getOption(options, 'type', 'ListFormat', ['conjunction', 'disjunction', 'unit'], 'conjunction');
  const style = getOption(options, 'style', 'ListFormat', ['long', 'short', 'narrow'], 'long');
  return { locale, type, style };
});

function listParts(s, list) {
  const items = [];
  if (list === null || (list !== undefined && typeof list !== 'object' && typeof list !== 'string')) {
    throw new TypeError(`${list === null ? 'object' : typeof list} ${String(list)} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }
  if (list !== undefined) {
    for (const v of list) {
      if (typeof v !== 'string') throw new TypeError(`Iterable yielded ${typeof v === 'symbol' ? v.toString() : String(v)} which is not a string`);
      items.push(v);
    }
  }
  const [pair, middle, end] = listPatterns[s.type][s.style];
  const parts = [];
  items.forEach((item, i) => {
    if (i > 0) {
      const literal = items.length === 2 ? pair : i === items.length - 1 ? end : middle;
      parts.push({ type: 'literal', value: literal });
    }
    parts.push({ type: 'element', value: item });
  });
  return parts;
}

defineMethods(ListFormat.prototype, {
  resolvedOptions() {
    const s = slotOf(this, 'ListFormat', 'Intl.ListFormat.prototype.resolvedOptions');
    return { locale: s.locale, type: s.type, style: s.style };
  },
  format(list) {
    const s = slotOf(this, 'ListFormat', 'Intl.ListFormat.prototype.format');
    return listParts(s, list).map((p) => p.value).join('');
  },
  formatToParts(list) {
    return listParts(slotOf(this, 'ListFormat', 'Intl.ListFormat.prototype.formatToParts'), list);
  },
});

// --- Segmenter ---------------------------------------------------------------

const Segmenter = makeConstructor('Segmenter', (locales, options) => {
  const locale = resolveLocale(locales, 'Segmenter');
  options = optionsObject(options);
  getOption(options, 'localeMatcher', 'Segmenter', ['lookup', 'best fit'], 'best fit');
  const granularity = getOption(options, 'granularity', 'Segmenter', ['grapheme', 'word', 'sentence'], 'grapheme');
  if (granularity !== 'grapheme') throw unsupported(`Intl.Segmenter's granularity '${granularity}'`);
  return { locale, granularity };
});

const SegmentsPrototype = {};
const ArrayIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const SegmentIteratorPrototype = Object.create(ArrayIteratorPrototype);

// segmentAt is the segment data object of the cluster i of segments s.
function segmentAt(s, i) {
  return { segment: s.input.slice(s.breaks[i], s.breaks[i + 1]), index: s.breaks[i], input: s.input };
}

defineMethods(SegmentsPrototype, {
  containing(index) {
    const s = slotOf(this, 'Segments', '%Segments.prototype%.containing');
    const n = Math.trunc(Number(index)) || 0;
    if (n < 0 || n >= s.input.length) return undefined;
    let lo = 0;
    let hi = s.breaks.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s.breaks[mid] <= n) lo = mid;
      else hi = mid - 1;
    }
    return segmentAt(s, lo);
  },
  [Symbol.iterator]() {
    const s = slotOf(this, 'Segments', '%Segments.prototype%[@@iterator]');
    const it = Object.create(SegmentIteratorPrototype);
    slots.set(it, { kind: 'SegmentIterator', segments: s, next: 0 });
    return it;
  },
});

defineMethods(SegmentIteratorPrototype, {
  next() {
    const it = slotOf(this, 'SegmentIterator', '%SegmentIterator.prototype%.next');
    const s = it.segments;
    if (it.next >= s.breaks.length - 1) return { value: undefined, done: true };
    return { value: segmentAt(s, it.next++), done: false };
  },
});
defineTag(SegmentIteratorPrototype, 'Segmenter String Iterator');

defineMethods(Segmenter.prototype, {
  resolvedOptions() {
    const s = slotOf(this, 'Segmenter', 'Intl.Segmenter.prototype.resolvedOptions');
    return { locale: s.locale, granularity: s.granularity };
  },
  segment(string) {
    slotOf(this, 'Segmenter', 'Intl.Segmenter.prototype.segment');
    const input = String(string);
    const segments = Object.create(SegmentsPrototype);
    slots.set(segments, { kind: 'Segments', input, breaks: binding.graphemeBreaks(input) });
    return segments;
  },
});

// --- DateTimeFormat ----------------------------------------------------------

const fieldValues = {
  weekday: ['narrow', 'short', 'long'],
  era: ['narrow', 'short', 'long'],
  year: ['2-digit', 'numeric'],
  month: ['2-digit', 'numeric', 'narrow', 'short', 'long'],
  day: ['2-digit', 'numeric'],
  dayPeriod: ['narrow', 'short', 'long'],
  hour: ['2-digit', 'numeric'],
  minute: ['2-digit', 'numeric'],
  second: ['2-digit', 'numeric'],
  fractionalSecondDigits: null,
  timeZoneName: ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'],
};

// createDateTimeFormat reads the options as ECMA-402 does (required and
// defaults as for the constructor or Date's toLocale*String) into the
// en-US pattern: the date (M/d/y), then ", " and the time (h:mm:ss a),
// then the zone's name.
function createDateTimeFormat(locales, options, required, defaults) {
  const kind = 'DateTimeFormat';
  const locale = resolveLocale(locales, kind);
  if (options === null) throw new TypeError('Cannot convert undefined or null to object');
  options = options === undefined ? { __proto__: null } : Object(options);
  getOption(options, 'localeMatcher', kind, ['lookup', 'best fit'], 'best fit');
  const calendar = options.calendar;
  if (calendar !== undefined && String(calendar) !== 'gregory') throw unsupported(`The calendar ${String(calendar)}`);
  const numberingSystem = options.numberingSystem;
  if (numberingSystem !== undefined && String(numberingSystem) !== 'latn') throw unsupported(`The numbering system ${String(numberingSystem)}`);
  let hour12 = options.hour12;
  if (hour12 !== undefined) hour12 = Boolean(hour12);
  const hourCycle = getOption(options, 'hourCycle', kind, ['h11', 'h12', 'h23', 'h24'], undefined);
  let timeZone = options.timeZone;
  if (timeZone === undefined) {
    timeZone = binding.defaultTimeZone();
  } else {
    const name = String(timeZone);
    timeZone = binding.canonicalTimeZone(name);
    if (timeZone === undefined) throw new RangeError(`Invalid time zone specified: ${name}`);
  }
  const f = {};
  for (const name of Object.keys(fieldValues)) {
    if (name === 'fractionalSecondDigits') {
      const v = options[name];
      if (v !== undefined) {
        const n = Number(v);
        if (Number.isNaN(n) || n < 1 || n > 3) throw new RangeError('fractionalSecondDigits value is out of range.');
        f[name] = Math.floor(n);
      }
    } else {
      f[name] = getOption(options, name, kind, fieldValues[name], undefined);
    }
  }
  getOption(options, 'formatMatcher', kind, ['basic', 'best fit'], 'best fit');
  const dateStyle = getOption(options, 'dateStyle', kind, ['full', 'long', 'medium', 'short'], undefined);
  const timeStyle = getOption(options, 'timeStyle', kind, ['full', 'long', 'medium', 'short'], undefined);
  if (dateStyle !== undefined || timeStyle !== undefined) throw unsupported('Intl.DateTimeFormat\'s dateStyle and timeStyle');
  for (const name of ['weekday', 'era', 'dayPeriod']) {
    if (f[name] !== undefined) throw unsupported(`Intl.DateTimeFormat's ${name}`);
  }
  if (f.month !== undefined && f.month !== 'numeric' && f.month !== '2-digit') throw unsupported(`Intl.DateTimeFormat's month '${f.month}'`);
  if (f.timeZoneName !== undefined && !['short', 'shortOffset', 'longOffset'].includes(f.timeZoneName)) {
    throw unsupported(`Intl.DateTimeFormat's timeZoneName '${f.timeZoneName}'`);
  }
  // ToDateTimeOptions' defaults, when no field of the required kind is asked.
  const dateFields = ['year', 'month', 'day'];
  const timeFields = ['hour', 'minute', 'second', 'fractionalSecondDigits'];
  const asked = (names) => names.some((n) => f[n] !== undefined);
  const needDefaults = required === 'date' ? !asked(dateFields) : required === 'time' ? !asked(timeFields) : !asked(dateFields) && !asked(timeFields);
  if (needDefaults && (defaults === 'date' || defaults === 'all')) f.year = f.month = f.day = 'numeric';
  if (needDefaults && (defaults === 'time' || defaults === 'all')) f.hour = f.minute = f.second = 'numeric';

  const date = dateFields.filter((n) => f[n] !== undefined).map((n) => n[0]).join('');
  const time = ['hour', 'minute', 'second'].filter((n) => f[n] !== undefined).map((n) => n[0]).join('');
  const frac = f.fractionalSecondDigits;
  if (date === 'yd' || time === 'hs' || (frac !== undefined && !time.includes('s') && (date || time))) {
    throw unsupported(`Intl.DateTimeFormat with the fields ${Object.keys(f).filter((n) => f[n] !== undefined && n !== 'timeZoneName').join(', ')}`);
  }
  const s = { locale, calendar: 'gregory', numberingSystem: 'latn', timeZone, date, time };
  if (f.hour !== undefined) {
    // en-US: hour12 gives h12 or h24, whatever hourCycle says.
    s.hourCycle = hour12 !== undefined ? (hour12 ? 'h12' : 'h24') : hourCycle !== undefined ? hourCycle : 'h12';
    s.hour12 = s.hourCycle === 'h11' || s.hourCycle === 'h12';
  }
  s.year = f.year;
  s.month = f.month;
  s.day = f.day;
  if (f.hour !== undefined) s.hour = s.hour12 ? f.hour : '2-digit';
  if (f.minute !== undefined) s.minute = f.hour !== undefined || f.second !== undefined ? '2-digit' : 'numeric';
  if (f.second !== undefined) s.second = f.minute !== undefined ? '2-digit' : 'numeric';
  s.fractionalSecondDigits = frac;
  s.timeZoneName = f.timeZoneName;
  return s;
}

const pad2 = (n) => (n < 10 ? '0' + n : String(n));

// dateParts formats a time value with the pattern of s.
function dateParts(s, value) {
  let x = value === undefined ? Date.now() : Number(value);
  if (!Number.isFinite(x) || Math.abs(x) > 8.64e15) throw new RangeError('Invalid time value');
  x = Math.trunc(x) + 0;
  const z = binding.zoneFields(x, s.timeZone);
  if (typeof z === 'string') throw unsupported(z);
  const [year, month, day, hour, minute, second, ms, shortName, shortOffset, longOffset] = z;
  if (year < 1) throw unsupported('A year before 1 (an era)');
  const parts = [];
  const lit = (v) => parts.push({ type: 'literal', value: v });
  const num = (type, n, width) => parts.push({ type, value: width === '2-digit' ? pad2(n % 100) : String(n) });
  const dateFields = { y: () => num('year', year, s.year), m: () => num('month', month, s.month), d: () => num('day', day, s.day) };
  // M/d/y order, whatever the fields.
  ['m', 'd', 'y'].filter((c) => s.date.includes(c)).forEach((c, i) => {
    if (i > 0) lit('/');
    dateFields[c]();
  });
  if (s.date && (s.time || s.timeZoneName)) lit(', ');
  if (s.time) {
    let h = hour;
    if (s.hourCycle === 'h12') h = hour % 12 === 0 ? 12 : hour % 12;
    else if (s.hourCycle === 'h11') h = hour % 12;
    else if (s.hourCycle === 'h24') h = hour === 0 ? 24 : hour;
    const timeFields = { h: () => num('hour', h, s.hour), m: () => num('minute', minute, s.minute), s: () => num('second', second, s.second) };
    [...s.time].forEach((c, i) => {
      if (i > 0) lit(':');
      timeFields[c]();
    });
  }
  if (s.fractionalSecondDigits !== undefined) {
    if (s.time) lit('.');
    parts.push({ type: 'fractionalSecond', value: String(ms).padStart(3, '0').slice(0, s.fractionalSecondDigits) });
  }
  if (s.hour12) {
    lit(' ');
    parts.push({ type: 'dayPeriod', value: hour < 12 ? 'AM' : 'PM' });
  }
  if (s.timeZoneName !== undefined) {
    if (s.time || s.fractionalSecondDigits !== undefined) lit(' ');
    const name = s.timeZoneName === 'short' ? shortName : s.timeZoneName === 'shortOffset' ? shortOffset : longOffset;
    parts.push({ type: 'timeZoneName', value: name });
  }
  return parts;
}

const DateTimeFormat = makeConstructor('DateTimeFormat', (locales, options) => createDateTimeFormat(locales, options, 'any', 'date'), true);

const resolvedOrder = ['locale', 'calendar', 'numberingSystem', 'timeZone', 'hourCycle', 'hour12', 'year', 'month', 'day',
  'hour', 'minute', 'second', 'fractionalSecondDigits', 'timeZoneName'];

defineMethods(DateTimeFormat.prototype, {
  resolvedOptions() {
    const s = slotOf(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.resolvedOptions');
    const out = {};
    for (const k of resolvedOrder) if (s[k] !== undefined) out[k] = s[k];
    return out;
  },
  formatToParts(date) {
    return dateParts(slotOf(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatToParts'), date);
  },
});
Object.defineProperty(DateTimeFormat.prototype, 'format', {
  get: Object.getOwnPropertyDescriptor({
    get format() {
      const s = slotOf(this, 'DateTimeFormat', 'get Intl.DateTimeFormat.prototype.format');
      if (s.bound === undefined) s.bound = (date) => dateParts(s, date).map((p) => p.value).join('');
      return s.bound;
    },
  }, 'format').get,
  enumerable: false,
  configurable: true,
});

// toLocaleString is Date.prototype.toLocale{,Date,Time}String's body:
// required and defaults are ToDateTimeOptions' for it.
const dateGetTime = Date.prototype.getTime;
function toLocaleString(date, locales, options, required, defaults) {
  let x;
  try {
    x = dateGetTime.call(date);
  } catch {
    const method = required === 'any' ? 'toLocaleString' : required === 'date' ? 'toLocaleDateString' : 'toLocaleTimeString';
    throw new TypeError(`Method Date.prototype.${method} called on incompatible receiver ${receiverName(date)}`);
  }
  if (Number.isNaN(x)) return 'Invalid Date';
  const s = createDateTimeFormat(locales, options, required, defaults);
  return dateParts(s, x).map((p) => p.value).join('');
}

// --- Intl --------------------------------------------------------------------

defineMethods(exports, {
  getCanonicalLocales(locales) {
    return canonicalLocaleList(locales);
  },
});
defineMethods(exports, { DateTimeFormat, ListFormat, Segmenter });
defineTag(exports, 'Intl');

// For Date.prototype's toLocale*String (dates.go).
binding.setToLocaleString(toLocaleString);
