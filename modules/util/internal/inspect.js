'use strict';
// util.inspect: the recursive walk over values. Kind-specific formatters live
// in inspect_kinds.js, leaf helpers in inspect_base.js.

const base = binding.load('inspect_base');
const types = binding.load('types');
const kinds = binding.load('inspect_kinds');
const {
  defaultOptions, stylizeNoColor, stylizeWithColor, formatPrimitive,
  quoteString, escapeUnquoted, getStringWidth, removeColors, joinList,
} = base;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// How entries are laid out: plain properties, array items, or array items
// followed by extra properties.
const OBJECT_TYPE = 0;
const ARRAY_TYPE = 1;
const ARRAY_EXTRAS_TYPE = 2;

const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

// The engine's own global constructors (V8's, as Node sees them before it
// adds Buffer, URL and the web globals): their prototype properties are not
// listed with showHidden, and %s uses inspect for their instances.
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date',
  'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
  'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl',
  'ArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array',
  'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy',
  'Reflect', 'FinalizationRegistry', 'WeakRef', 'SharedArrayBuffer', 'Atomics',
  'WebAssembly',
]);

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);

function isStackOverflowError(err) {
  return err instanceof RangeError && err.message === 'Maximum call stack size exceeded';
}

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

// --- entry point ------------------------------------------------------------

const primitiveCtx = {
  indentationLvl: 0, compact: 3, breakLength: 80, maxStringLength: 10000, numericSeparator: false,
};

// inspect(value, opts) or the legacy inspect(value, showHidden, depth, colors).
function inspect(value, opts, legacyDepth, legacyColors) {
  // Primitives with default options need only what formatPrimitive reads;
  // a full context is costly to build on goja.
  if (opts === undefined && legacyDepth === undefined && legacyColors === undefined &&
      typeof value !== 'object' && typeof value !== 'function') {
    const ctx = primitiveCtx;
    ctx.compact = defaultOptions.compact;
    ctx.breakLength = defaultOptions.breakLength;
    ctx.maxStringLength = defaultOptions.maxStringLength === null ? Infinity : defaultOptions.maxStringLength;
    ctx.numericSeparator = defaultOptions.numericSeparator;
    return formatPrimitive(stylizeNoColor, value, ctx);
  }
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: defaultOptions.showHidden,
    depth: defaultOptions.depth,
    colors: defaultOptions.colors,
    customInspect: defaultOptions.customInspect,
    showProxy: defaultOptions.showProxy,
    maxArrayLength: defaultOptions.maxArrayLength,
    maxStringLength: defaultOptions.maxStringLength,
    breakLength: defaultOptions.breakLength,
    compact: defaultOptions.compact,
    sorted: defaultOptions.sorted,
    getters: defaultOptions.getters,
    numericSeparator: defaultOptions.numericSeparator,
  };
  // Named parameters rather than `arguments`, which is costly on goja.
  if (legacyDepth !== undefined) ctx.depth = legacyDepth;
  if (legacyColors !== undefined) ctx.colors = legacyColors;
  if (typeof opts === 'boolean') {
    ctx.showHidden = opts;
  } else if (opts) {
    for (const key of Object.keys(opts)) {
      if (hasOwn(defaultOptions, key) || key === 'stylize') {
        ctx[key] = opts[key];
      } else if (ctx.userOptions === undefined) {
        // Unknown keys are passed on to custom inspectors untouched.
        ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
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
    for (const key of Object.keys(opts)) {
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

// describe works out, for one object, the pieces formatRaw assembles: the
// keys to list, the braces, a leading base text and the entry formatter.
// It returns a string instead when the object prints without a body.
function describe(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps) {
  const d = {
    keys: undefined, braces: undefined, base: '',
    formatter: kinds.noEntries, extrasType: OBJECT_TYPE,
  };
  const allProps = ctx.showHidden;
  const bare = () => d.keys.length === 0 && protoProps === undefined;

  if (Symbol.iterator in value || constructor === null) {
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      d.keys = ownNonIndexKeys(value, allProps);
      d.braces = [`${prefix}[`, ']'];
      if (value.length === 0 && bare()) return `${d.braces[0]}]`;
      d.extrasType = ARRAY_EXTRAS_TYPE;
      d.formatter = kinds.formatArray;
      return d;
    }
    if (types.isSet(value)) {
      const size = setSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      d.keys = getKeys(value, ctx.showHidden);
      const source = constructor !== null ? value : Set.prototype.values.call(value);
      d.formatter = (c, v, r) => kinds.formatSet(source, c, r);
      if (size === 0 && bare()) return `${prefix}{}`;
      d.braces = [`${prefix}{`, '}'];
      return d;
    }
    if (types.isMap(value)) {
      const size = mapSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      d.keys = getKeys(value, ctx.showHidden);
      const source = constructor !== null ? value : Map.prototype.entries.call(value);
      d.formatter = (c, v, r) => kinds.formatMap(source, c, r);
      if (size === 0 && bare()) return `${prefix}{}`;
      d.braces = [`${prefix}{`, '}'];
      return d;
    }
    if (types.isTypedArray(value)) {
      d.keys = ownNonIndexKeys(value, allProps);
      let source = value;
      let fallback = '';
      if (constructor === null) {
        fallback = kinds.typedArrayTag(value);
        source = new globalThis[fallback](value);
      }
      const size = kinds.typedArrayLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      d.braces = [`${prefix}[`, ']'];
      if (value.length === 0 && d.keys.length === 0 && !ctx.showHidden) return `${d.braces[0]}]`;
      d.formatter = (c, v, r) => kinds.formatTypedArray(source, size, c, r);
      d.extrasType = ARRAY_EXTRAS_TYPE;
      return d;
    }
    if (types.isMapIterator(value) || types.isSetIterator(value)) {
      d.keys = getKeys(value, ctx.showHidden);
      d.braces = kinds.iteratorBraces(types.isMapIterator(value) ? 'Map' : 'Set', tag);
      const braces = d.braces;
      d.formatter = (c, v, r) => kinds.formatIterator(braces, c, v, r);
      return d;
    }
  }

  d.keys = getKeys(value, ctx.showHidden);
  d.braces = ['{', '}'];
  if (typeof value === 'function') {
    d.base = kinds.functionBase(value, constructor, tag);
    if (bare()) return ctx.stylize(d.base, 'special');
  } else if (constructor === 'Object') {
    if (types.isArgumentsObject(value)) {
      d.braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      d.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    if (bare()) return `${d.braces[0]}}`;
  } else if (types.isRegExp(value)) {
    d.base = constructor !== null ? RegExp.prototype.toString.call(value) : regExpText(value);
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') d.base = `${prefix}${d.base}`;
    if (bare() || (recurseTimes > ctx.depth && ctx.depth !== null)) {
      return ctx.stylize(d.base, 'regexp');
    }
  } else if (types.isDate(value)) {
    d.base = Number.isNaN(Date.prototype.getTime.call(value)) ?
      Date.prototype.toString.call(value) :
      Date.prototype.toISOString.call(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') d.base = `${prefix}${d.base}`;
    if (bare()) return ctx.stylize(d.base, 'date');
  } else if (isError(value)) {
    d.base = kinds.formatError(value, constructor, tag, ctx, d.keys);
    if (bare()) return d.base;
  } else if (types.isAnyArrayBuffer(value)) {
    const prefix = getPrefix(constructor, tag,
      types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
    if (typedArray === undefined) {
      d.formatter = kinds.formatArrayBuffer;
    } else if (bare()) {
      return `${prefix}{ byteLength: ${base.formatNumber(ctx.stylize, value.byteLength, false)} }`;
    }
    d.braces[0] = `${prefix}{`;
    d.keys.unshift('byteLength');
  } else if (types.isDataView(value)) {
    d.braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
    d.keys.unshift('byteLength', 'byteOffset', 'buffer');
  } else if (types.isPromise(value)) {
    d.braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    d.formatter = kinds.formatPromise;
  } else if (types.isWeakSet(value)) {
    d.braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
    d.formatter = ctx.showHidden ? kinds.formatWeakSet : kinds.formatWeakCollection;
  } else if (types.isWeakMap(value)) {
    d.braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
    d.formatter = ctx.showHidden ? kinds.formatWeakMap : kinds.formatWeakCollection;
  } else if (types.isModuleNamespaceObject(value)) {
    d.braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    const keys = d.keys;
    d.formatter = (c, v, r) => kinds.formatNamespaceObject(keys, c, v, r);
  } else if (types.isBoxedPrimitive(value)) {
    d.base = kinds.boxedBase(value, ctx, d.keys, constructor, tag);
    if (bare()) return d.base;
  } else if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
    d.base = value.href;
    if (bare()) return d.base;
  } else {
    if (bare()) return `${plainPrefix(value, constructor, tag)}{}`;
    d.braces[0] = `${plainPrefix(value, constructor, tag)}{`;
  }
  return d;
}

const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;

const regExpGetter = (name) => Object.getOwnPropertyDescriptor(RegExp.prototype, name).get;
const regExpSource = regExpGetter('source');
const regExpFlagGetters = [
  ['d', 'hasIndices'], ['g', 'global'], ['i', 'ignoreCase'], ['m', 'multiline'],
  ['s', 'dotAll'], ['u', 'unicode'], ['v', 'unicodeSets'], ['y', 'sticky'],
].filter(([, name]) => Object.getOwnPropertyDescriptor(RegExp.prototype, name))
  .map(([flag, name]) => [flag, regExpGetter(name)]);

// regExpText is /source/flags read through the RegExp.prototype getters,
// for a regexp whose prototype chain no longer reaches them.
function regExpText(re) {
  let flags = '';
  for (const [flag, get] of regExpFlagGetters) if (get.call(re)) flags += flag;
  return `/${regExpSource.call(re)}/${flags}`;
}

function isURL(value) {
  const URLClass = globalThis.URL;
  return typeof URLClass === 'function' && typeof value.href === 'string' &&
    value instanceof URLClass;
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

// --- names and prefixes -----------------------------------------------------

function safeInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// getConstructorName walks the prototype chain for a named constructor the
// object is an instance of; null means a null-prototype object. With
// showHidden it also collects user-defined prototype properties.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  const start = obj;
  let firstProto;
  while (obj) {
    if (obj === Object.prototype || obj === Function.prototype) {
      const ctor = obj === Object.prototype ? Object : Function;
      if (Function.prototype[Symbol.hasInstance].call(ctor, start)) {
        if (protoProps !== undefined && firstProto !== obj) {
          addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
        }
        return ctor.name;
      }
    }
    const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '' && safeInstanceof(start, desc.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(desc.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(desc.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const internalName = binding.getConstructorName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${internalName} <Complex prototype>`;
  }
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    const shown = inspect(firstProto, { ...ctx, customInspect: false, depth: -1 });
    return `${internalName} <${shown}>`;
  }
  return `${internalName} <${protoName}>`;
}

// addPrototypeProperties lists non-function properties found on up to three
// user-defined prototype levels (showHidden only).
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let level = 0;
  let keys;
  let seenKeys;
  do {
    if (level !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' &&
          builtInObjects.has(desc.value.name)) {
        return;
      }
    }
    if (level === 0) {
      seenKeys = new Set();
    } else {
      for (const key of keys) seenKeys.add(key);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (level !== 0 && seenKeys.has(key))) {
        continue;
      }
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const entry = formatProperty(ctx, obj, recurseTimes, key, OBJECT_TYPE, desc, main);
      output.push(ctx.colors ? `\u001b[2m${entry}\u001b[22m` : entry);
    }
    ctx.seen.pop();
  } while (++level !== 3);
}

// getPrefix builds "Name(size) [tag] " or "[Fallback(size): null prototype] ".
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// plainPrefix is getPrefix for objects without a more specific kind: a
// null-prototype one is named after its internal class.
function plainPrefix(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = binding.getConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

// --- keys and properties ----------------------------------------------------

function getKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (typeof value === 'function') keys = functionKeyOrder(keys);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    keys = Object.keys(value);
    for (const sym of symbols) if (isEnumerable(value, sym)) keys.push(sym);
  }
  return keys;
}

// goja lists a function's own 'prototype' before 'length' and 'name'; V8
// after them.
function functionKeyOrder(keys) {
  const at = keys.indexOf('prototype');
  if (at === -1 || at > keys.indexOf('length') || at > keys.indexOf('name')) return keys;
  keys.splice(at, 1);
  keys.splice(Math.max(keys.indexOf('length'), keys.indexOf('name')) + 1, 0, 'prototype');
  return keys;
}

function isArrayIndex(key) {
  if (typeof key !== 'string' || key === '' || (key.length > 1 && key[0] === '0')) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(key) < 4294967295;
}

// ownNonIndexKeys lists own keys that are not array indices (strings first,
// then symbols), enumerable ones only unless all is set.
function ownNonIndexKeys(value, all) {
  const out = [];
  for (const key of Reflect.ownKeys(value)) {
    if (isArrayIndex(key)) continue;
    if (!all && !isEnumerable(value, key)) continue;
    out.push(key);
  }
  return out;
}

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

Object.defineProperty(inspect, 'length', { value: 2 });
inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return defaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw binding.load('errors').invalidArgType('options', 'object', options);
    }
    return Object.assign(defaultOptions, options);
  },
});
inspect.colors = base.colors;
inspect.styles = base.styles;

Object.assign(exports, {
  inspect,
  formatValue,
  formatProperty,
  reduceToSingleString,
  getPrefix,
  isError,
  builtInObjects,
  customInspectSymbol,
  OBJECT_TYPE,
  ARRAY_TYPE,
  ARRAY_EXTRAS_TYPE,
});
