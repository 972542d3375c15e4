'use strict';
// util.format / util.formatWithOptions: printf-like substitution with
// %s %d %i %f %j %o %O %c %%, remaining arguments appended.

const { inspect } = binding.load('inspect');
const { defaultOptions } = binding.load('inspect_options');
const { validateObject } = binding.load('errors');

// The number and object helpers load with the first placeholder that needs
// them: most format calls join plain strings.
let base;
const baseHelpers = () => (base ||= binding.load('inspect_base'));

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

function numberText(number, options) {
  const sep = options != null && options.numericSeparator != null ?
    options.numericSeparator : defaultOptions.numericSeparator;
  const { formatNumber, stylizeNoColor } = baseHelpers();
  return formatNumber(stylizeNoColor, number, sep);
}

function bigintText(bigint, options) {
  const sep = options != null && options.numericSeparator != null ?
    options.numericSeparator : defaultOptions.numericSeparator;
  const { formatBigInt, stylizeNoColor } = baseHelpers();
  return formatBigInt(stylizeNoColor, bigint, sep);
}

// usesBuiltInToString tells whether %s would print the object through a
// toString/Symbol.toPrimitive of a built-in class (then inspect is used) or
// through the user's own.
function usesBuiltInToString(value) {
  const target = binding.getProxyDetails(value, false);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }
  let lookForToString = true;
  let lookForToPrimitive = true;
  if (typeof value.toString !== 'function') {
    if (typeof value[Symbol.toPrimitive] !== 'function') return true;
    if (hasOwn(value, Symbol.toPrimitive)) return false;
    lookForToString = false;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (typeof value[Symbol.toPrimitive] !== 'function') {
    lookForToPrimitive = false;
  } else if (hasOwn(value, Symbol.toPrimitive)) {
    return false;
  }
  let holder = value;
  do {
    holder = Object.getPrototypeOf(holder);
  } while (!(lookForToString && hasOwn(holder, 'toString')) &&
           !(lookForToPrimitive && hasOwn(holder, Symbol.toPrimitive)));
  const desc = Object.getOwnPropertyDescriptor(holder, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' &&
    binding.load('inspect_walk').builtInObjects.has(desc.value.name);
}

let circularMessage;
function firstLine(err) {
  return String(err.message).split('\n', 1)[0];
}

function jsonOrCircular(value) {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (circularMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (e) {
        circularMessage = firstLine(e);
      }
    }
    if (err.name === 'TypeError' && firstLine(err) === circularMessage) return '[Circular]';
    throw err;
  }
}

// parseIntSigned is Number.parseInt keeping the sign of a zero result
// ("-0.5" gives -0), which goja's parseInt drops.
function parseIntSigned(arg) {
  const text = String(arg);
  const n = Number.parseInt(text);
  return n === 0 && /^\s*-/.test(text) ? -0 : n;
}

// Returned by substitute for a '%' not followed by a known placeholder.
const NOT_A_PLACEHOLDER = Symbol('not a placeholder');

function substitute(code, arg, options) {
  switch (code) {
    case 115: // s
      if (typeof arg === 'number') return numberText(arg, options);
      if (typeof arg === 'bigint') return bigintText(arg, options);
      if (typeof arg !== 'object' || arg === null || !usesBuiltInToString(arg)) return String(arg);
      return inspect(arg, { ...options, compact: 3, colors: false, depth: 0 });
    case 106: // j
      return jsonOrCircular(arg);
    case 100: // d
      if (typeof arg === 'bigint') return bigintText(arg, options);
      if (typeof arg === 'symbol') return 'NaN';
      return numberText(Number(arg), options);
    case 79: // O
      return inspect(arg, options);
    case 111: // o
      return inspect(arg, { ...options, showHidden: true, showProxy: true, depth: 4 });
    case 105: // i
      if (typeof arg === 'bigint') return bigintText(arg, options);
      if (typeof arg === 'symbol') return 'NaN';
      return numberText(parseIntSigned(arg), options);
    case 102: // f
      if (typeof arg === 'symbol') return 'NaN';
      return numberText(Number.parseFloat(arg), options);
    case 99: // c: CSS is ignored outside browsers
      return '';
  }
  return NOT_A_PLACEHOLDER;
}

function formatWithOptionsInternal(options, args) {
  const first = args[0];
  let used = 0;
  let out = '';
  let sep = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let last = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const code = first.charCodeAt(++i);
      if (used + 1 !== args.length) {
        if (code === 37) {
          out += first.slice(last, i);
          last = i + 1;
          continue;
        }
        const text = substitute(code, args[used + 1], options);
        if (text === NOT_A_PLACEHOLDER) continue;
        used++;
        if (last !== i - 1) out += first.slice(last, i - 1);
        out += text;
        last = i + 1;
      } else if (code === 37) {
        out += first.slice(last, i);
        last = i + 1;
      }
    }
    if (last !== 0) {
      used++;
      sep = ' ';
      if (last < first.length) out += first.slice(last);
    }
  }
  for (; used < args.length; used++) {
    const value = args[used];
    out += sep;
    out += typeof value !== 'string' ? inspect(value, options) : value;
    sep = ' ';
  }
  return out;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', true);
  return formatWithOptionsInternal(inspectOptions, args);
}

Object.assign(exports, { format, formatWithOptions, formatWithOptionsInternal });
