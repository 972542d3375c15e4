'use strict';
// util.inspect formatters for particular kinds of objects: arrays, typed
// arrays, collections, iterators, promises, proxies, boxed primitives and
// functions. Errors are in inspect_errors.js.

const base = binding.load('inspect_base');
const types = binding.load('types');
const walk = binding.load('inspect_walk'); // filled in by the time we are called
const { formatNumber, formatBigInt, formatPrimitive, stylizeNoColor, getStringWidth } = base;

const KIND_WEAK = 0;
const KIND_ITERATOR = 1;
const KIND_MAP_ENTRIES = 2;

const PROMISE_PENDING = 0;
const PROMISE_REJECTED = 2;

const arrayIndexText = /^(0|[1-9][0-9]*)$/;

const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter = Object.getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;
const typedArrayLengthGetter = Object.getOwnPropertyDescriptor(typedArrayProto, 'length').get;

function typedArrayTag(value) {
  return typedArrayTagGetter.call(value);
}

function typedArrayLength(value) {
  return typedArrayLengthGetter.call(value);
}

function moreItems(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function noEntries() {
  return [];
}

// --- arrays -----------------------------------------------------------------

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < shown; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) {
      return formatSparseArray(ctx, value, recurseTimes, shown, output, i);
    }
    output.push(walk.formatProperty(ctx, value, recurseTimes, i, walk.ARRAY_TYPE));
  }
  if (length - shown > 0) output.push(moreItems(length - shown));
  return output;
}

// formatSparseArray continues formatArray from the first hole, following
// the own keys so that runs of holes collapse into one entry.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const n = +key;
    if (n > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!arrayIndexText.test(key)) break;
      const holes = n - index;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      index = n;
      if (output.length === maxLength) break;
    }
    output.push(walk.formatProperty(ctx, value, recurseTimes, key, walk.ARRAY_TYPE));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(moreItems(remaining));
  }
  return output;
}

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

// groupArrayElements lays out many short array items in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry is not part of the grid.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Only group when at least three columns fit and no entry dwarfs the rest.
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      !(totalLength / actualMax > 5 || maxLength <= 6)) {
    return output;
  }
  // Aim for a roughly square block, characters being ~2.5 times as high as
  // wide; short entries get more columns.
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;

  const columnWidth = [];
  for (let c = 0; c < columns; c++) {
    let widest = 0;
    for (let j = c; j < output.length; j += columns) {
      if (dataLen[j] > widest) widest = dataLen[j];
    }
    columnWidth.push(widest + separatorSpace);
  }
  // Numbers are right-aligned, anything else left-aligned.
  let padStart = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        padStart = false;
        break;
      }
    }
  }
  const rows = [];
  for (let i = 0; i < outputLength; i += columns) {
    const end = Math.min(i + columns, outputLength);
    let row = '';
    let j = i;
    for (; j < end - 1; j++) {
      // Invisible color codes do not take up columns.
      const width = columnWidth[j - i] + output[j].length - dataLen[j];
      const cell = `${output[j]}, `;
      row += padStart ? cell.padStart(width, ' ') : cell.padEnd(width, ' ');
    }
    if (padStart) {
      const width = columnWidth[j - i] + output[j].length - dataLen[j] - separatorSpace;
      row += output[j].padStart(width, ' ');
    } else {
      row += output[j];
    }
    rows.push(row);
  }
  if (ctx.maxArrayLength < output.length) rows.push(output[outputLength]);
  return rows;
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
      output[i] = walk.formatProperty(ctx, value, recurseTimes, keys[i], walk.OBJECT_TYPE);
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

// --- bases: the text before the braces --------------------------------------

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

function classBase(value, constructor, tag) {
  const name = (Object.prototype.hasOwnProperty.call(value, 'name') && value.name) || '(anonymous)';
  let text = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) text += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) text += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) text += ` extends ${superName}`;
  } else {
    text += ' extends [null prototype]';
  }
  return `[${text}]`;
}

const classHead = /^(\s+[^(]*?)\s*{/;
const jsComments = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

// looksLikeClass tells class constructors from functions by their source.
function looksLikeClass(source) {
  if (!source.startsWith('class') || !source.endsWith('}')) return false;
  const body = source.slice(5, -1);
  const brace = body.indexOf('{');
  if (brace === -1) return false;
  return !body.slice(0, brace).includes('(') ||
    classHead.test(body.replace(jsComments, ''));
}

function functionBase(value, constructor, tag) {
  if (looksLikeClass(Function.prototype.toString.call(value))) {
    return classBase(value, constructor, tag);
  }
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  // goja gives async methods Function.prototype instead of
  // AsyncFunction.prototype; they still print as Node prints them.
  if (type !== 'Function' && constructor === 'Function' &&
      Object.getPrototypeOf(value) === Function.prototype) {
    constructor = type;
  }
  let text = `[${type}`;
  if (constructor === null) text += ' (null prototype)';
  text += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
  text += ']';
  if (constructor !== type && constructor !== null) text += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) text += ` [${tag}]`;
  return text;
}

Object.assign(exports, {
  noEntries,
  typedArrayTag,
  typedArrayLength,
  formatArray,
  formatArrayBuffer,
  formatTypedArray,
  groupArrayElements,
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
  functionBase,
  formatError: (...args) => binding.load('inspect_errors').formatError(...args),
});
