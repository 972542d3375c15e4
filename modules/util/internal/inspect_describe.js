'use strict';
// util.inspect, continued: what an object is (its kind, constructor name,
// keys and the braces around its entries) before inspect.js formats it.

const base = binding.load('inspect_base');
const types = binding.load('types');
const kinds = binding.load('inspect_kinds');
const walk = binding.load('inspect_walk'); // filled in by the time we are called

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);

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

// describe works out, for one object, the pieces formatRaw assembles: the
// keys to list, the braces, a leading base text and the entry formatter.
// It returns a string instead when the object prints without a body.
function describe(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps) {
  const d = {
    keys: undefined, braces: undefined, base: '',
    formatter: kinds.noEntries, extrasType: walk.OBJECT_TYPE,
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
      d.extrasType = walk.ARRAY_EXTRAS_TYPE;
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
      d.extrasType = walk.ARRAY_EXTRAS_TYPE;
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
  } else if (walk.isError(value)) {
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
    const shown = walk.inspect(firstProto, { ...ctx, customInspect: false, depth: -1 });
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
      const entry = walk.formatProperty(ctx, obj, recurseTimes, key, walk.OBJECT_TYPE, desc, main);
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
    keys = binding.keys(value);
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

// ownNonIndexKeys lists own keys that are not array indices (strings first,
// then symbols), enumerable ones only unless all is set.
function ownNonIndexKeys(value, all) {
  const out = binding.nonIndexStringKeys(value, all);
  for (const key of Object.getOwnPropertySymbols(value)) {
    if (all || isEnumerable(value, key)) out.push(key);
  }
  return out;
}

Object.assign(exports, {
  describe,
  getConstructorName,
  getPrefix,
  plainPrefix,
  getKeys,
  builtInObjects,
  ownNonIndexKeys,
});
