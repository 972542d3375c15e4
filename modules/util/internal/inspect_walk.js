'use strict';
// util.inspect's recursive walk over values. What an object is (kind,
// constructor name, keys, braces) is worked out in inspect_describe.js, the
// kind-specific formatters are in inspect_kinds.js, leaf helpers in
// inspect_base.js. The entry point, util.inspect itself, is inspect.js; this
// file loads on the first inspection of an object.

const base = binding.load('inspect_base');
const types = binding.load('types');
const kinds = binding.load('inspect_kinds');
const names = binding.load('inspect_describe');
const { inspect } = binding.load('inspect');
const { describe, getConstructorName, getPrefix, plainPrefix, builtInObjects } = names;
const {
  formatPrimitive, quoteString, escapeUnquoted, getStringWidth, removeColors, joinList,
} = base;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// How entries are laid out: plain properties, array items, or array items
// followed by extra properties.
const OBJECT_TYPE = 0;
const ARRAY_TYPE = 1;
const ARRAY_EXTRAS_TYPE = 2;

const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);

function isStackOverflowError(err) {
  return err instanceof RangeError && err.message === 'Maximum call stack size exceeded';
}

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

// The options object a custom inspector receives.
function optionsForCustom(ctx, foreign) {
  const opts = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  // A proxy (or an object that is not an Object instance) only gets
  // primitives, so it cannot reach into this realm's objects.
  if (foreign) {
    Object.setPrototypeOf(opts, null);
    for (const key of binding.keys(opts)) {
      const v = opts[key];
      if ((typeof v === 'object' || typeof v === 'function') && v !== null) delete opts[key];
    }
    opts.stylize = Object.setPrototypeOf((text, flavour) => {
      let out;
      try {
        out = `${ctx.stylize(text, flavour)}`;
      } catch {
        // fall back to the plain text
      }
      return typeof out === 'string' ? out : text;
    }, null);
  }
  return opts;
}

// --- the walk ---------------------------------------------------------------

// formatValue formats any value; recurseTimes is the current depth. The
// caller adjusts ctx.indentationLvl around nested calls.
function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  // Proxies are looked through without triggering their traps.
  const proxy = binding.getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) return kinds.formatProxy(ctx, proxy, recurseTimes);
    value = proxy;
  }

  if (ctx.customInspect) {
    const custom = value[customInspectSymbol];
    if (typeof custom === 'function' && custom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const foreign = proxy !== undefined || !(context instanceof Object);
      const ret = custom.call(context, depth, optionsForCustom(ctx, foreign), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    if (ctx.circular === undefined) ctx.circular = new Map();
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  // An own enumerable (own, with showHidden) tag is listed as a key instead.
  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  const d = describe(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps);
  if (typeof d === 'string') return d;
  const { keys, braces, formatter, extrasType } = d;
  let baseText = d.base;

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = plainPrefix(value, constructor, tag).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    const name = plainPrefix(value, constructor, tag).slice(0, -1);
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        baseText = baseText === '' ? reference : `${reference} ${baseText}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === OBJECT_TYPE) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      // Only the extra keys after the items are sorted.
      const tail = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...tail);
    }
  }

  const res = reduceToSingleString(ctx, output, baseText, braces, extrasType, recurseTimes, value);
  // Cap the total work: past ~128MB of output, stop descending.
  const budget = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = budget;
  if (budget > 2 ** 27) ctx.depth = -1;
  return res;
}

// --- properties -------------------------------------------------------------

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let separator = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== OBJECT_TYPE) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      separator = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatAccessor(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === ARRAY_TYPE) return str;

  let name;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeUnquoted(Symbol.prototype.toString.call(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeUnquoted(key)}]`;
  } else if (identifierKey.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(quoteString(key), 'string');
  }
  return `${name}:${separator}${str}`;
}

function formatAccessor(ctx, desc, receiver, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const wanted = ctx.getters && (ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined));
  if (!wanted) return s(`[${label}]`, 'special');
  try {
    const got = desc.get.call(receiver);
    ctx.indentationLvl += 2;
    let str;
    if (got === null) {
      str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
    } else if (typeof got === 'object') {
      str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, got, recurseTimes)}`;
    } else {
      str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, got, ctx)}${s(']', 'special')}`;
    }
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    const message = `<Inspection threw (${err.message})>`;
    return `${s(`[${label}:`, 'special')} ${message}${s(']', 'special')}`;
  }
}

// --- layout -----------------------------------------------------------------

function isBelowBreakLength(ctx, output, start, baseText) {
  // Every entry costs at least a separator.
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (total > ctx.breakLength) return false;
  }
  return baseText === '' || !baseText.includes('\n');
}

function reduceToSingleString(ctx, output, baseText, braces, extrasType, recurseTimes, value) {
  const lead = baseText ? `${baseText} ` : '';
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === ARRAY_EXTRAS_TYPE && entries > 6) {
        output = kinds.groupArrayElements(ctx, output, value);
      }
      // The innermost `compact` levels may share one line when short.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + baseText.length + 10;
        if (isBelowBreakLength(ctx, output, start, baseText)) {
          const joined = joinList(output, ', ');
          if (!joined.includes('\n')) return `${lead}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${lead}${braces[0]}${indentation}  ${joinList(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, baseText)) {
    return `${braces[0]}${baseText ? ` ${baseText}` : ''} ${joinList(output, ', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // A long opening brace pushes the first entry onto its own line.
  const ln = baseText === '' && braces[0].length === 1 ?
    ' ' : `${baseText ? ` ${baseText}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${joinList(output, `,\n${indentation}  `)} ${braces[1]}`;
}

Object.assign(exports, {
  inspect,
  formatValue,
  formatProperty,
  reduceToSingleString,
  getPrefix,
  isError,
  builtInObjects,
  getKeys: names.getKeys,
  customInspectSymbol,
  OBJECT_TYPE,
  ARRAY_TYPE,
  ARRAY_EXTRAS_TYPE,
});
