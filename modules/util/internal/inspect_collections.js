'use strict';
// util.inspect formatters for typed arrays, ArrayBuffers, collections,
// iterators, promises, proxies, module namespaces and boxed primitives.
// Loaded by inspect_kinds.js on the first such value.

const base = binding.load('inspect_base');
const types = binding.load('types');
const walk = binding.load('inspect_walk');
const { moreItems } = binding.load('inspect_kinds');
const { formatNumber, formatBigInt, formatPrimitive, stylizeNoColor } = base;

const KIND_WEAK = 0;
const KIND_ITERATOR = 1;
const KIND_MAP_ENTRIES = 2;

const PROMISE_PENDING = 0;
const PROMISE_REJECTED = 2;

// --- typed arrays and ArrayBuffers -------------------------------------------

function hexBytes(bytes, count) {
  let out = '';
  for (let i = 0; i < count; i++) {
    const b = bytes[i];
    if (i !== 0) out += ' ';
    out += (b < 16 ? '0' : '') + b.toString(16);
  }
  return out;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  let str = hexBytes(bytes, Math.min(ctx.maxArrayLength, bytes.length));
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - shown;
  const output = new Array(shown);
  const formatElement = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < shown; i++) {
    output[i] = formatElement(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[shown] = moreItems(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${walk.formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

// --- collections ------------------------------------------------------------

// formatSet and formatMap take the collection itself, or for a
// null-prototype one an iterator over it (which has no size: all entries
// are then shown).
function formatSet(set, ctx, recurseTimes) {
  const size = set.size;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of set) {
    if (i >= shown) break;
    output.push(walk.formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (size - shown > 0) output.push(moreItems(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(map, ctx, recurseTimes) {
  const size = map.size;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of map) {
    if (i >= shown) break;
    output.push(`${walk.formatValue(ctx, k, recurseTimes)} => ${walk.formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (size - shown > 0) output.push(moreItems(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

function formatListEntries(ctx, recurseTimes, entries, kind) {
  const shown = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(shown);
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) output[i] = walk.formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  // Weak collections have no stable order: sort for a repeatable output.
  if (kind === KIND_WEAK && !ctx.sorted) output.sort();
  const remaining = entries.length - shown;
  if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

// formatPairEntries formats [k1, v1, k2, v2, ...].
function formatPairEntries(ctx, recurseTimes, entries, kind) {
  const pairs = entries.length / 2;
  const limit = Math.max(ctx.maxArrayLength, 0);
  const shown = Math.min(limit, pairs);
  const output = new Array(shown);
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) {
    const k = walk.formatValue(ctx, entries[i * 2], recurseTimes);
    const v = walk.formatValue(ctx, entries[i * 2 + 1], recurseTimes);
    if (kind === KIND_WEAK) {
      output[i] = `${k} => ${v}`;
    } else {
      output[i] = walk.reduceToSingleString(ctx, [k, v], '', ['[', ']'], walk.ARRAY_EXTRAS_TYPE, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (kind === KIND_WEAK && !ctx.sorted) output.sort();
  if (pairs - limit > 0) output.push(moreItems(pairs - limit));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  const entries = binding.previewEntries(value);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatListEntries(ctx, recurseTimes, entries, KIND_WEAK);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const entries = binding.previewEntries(value);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatPairEntries(ctx, recurseTimes, entries, KIND_WEAK);
}

function iteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const preview = binding.previewEntries(value, true);
  if (preview === undefined) return [];
  const [entries, isKeyValue] = preview;
  if (isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] \{$/, ' Entries] {');
    return formatPairEntries(ctx, recurseTimes, entries, KIND_MAP_ENTRIES);
  }
  return formatListEntries(ctx, recurseTimes, entries, KIND_ITERATOR);
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = binding.getPromiseDetails(value);
  if (state === PROMISE_PENDING) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = walk.formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === PROMISE_REJECTED ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const parts = [
    walk.formatValue(ctx, proxy[0], recurseTimes),
    walk.formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return walk.reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], walk.ARRAY_EXTRAS_TYPE, recurseTimes);
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      // A binding's value, read through the namespace's getter.
      output[i] = walk.formatProperty(ctx, value, recurseTimes, keys[i], walk.OBJECT_TYPE,
        { value: value[keys[i]], enumerable: true });
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // An export still in its temporal dead zone.
      const entry = walk.formatProperty(ctx, { [keys[i]]: '' }, recurseTimes, keys[i], walk.OBJECT_TYPE);
      output[i] = entry.slice(0, entry.lastIndexOf(' ') + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  keys.length = 0;
  return output;
}

// --- boxed primitives: the text before the braces ----------------------------

function boxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (types.isNumberObject(value)) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (types.isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    // The character indices are noise next to the string itself.
    keys.splice(0, value.length);
  } else if (types.isBooleanObject(value)) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else if (types.isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  }
  let text = `[${type}`;
  if (type !== constructor) text += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  text += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) text += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return text;
  return ctx.stylize(text, type.toLowerCase());
}

Object.assign(exports, {
  formatArrayBuffer,
  formatTypedArray,
  formatSet,
  formatMap,
  formatWeakCollection,
  formatWeakSet,
  formatWeakMap,
  iteratorBraces,
  formatIterator,
  formatPromise,
  formatProxy,
  formatNamespaceObject,
  boxedBase,
});
