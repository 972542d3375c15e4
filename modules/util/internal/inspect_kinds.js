'use strict';
// util.inspect formatters for particular kinds of objects: arrays and
// functions here; typed arrays, collections, iterators, promises, proxies
// and boxed primitives in inspect_collections.js, errors in
// inspect_errors.js, both loaded on first use.

const base = binding.load('inspect_base');
const types = binding.load('types');
const walk = binding.load('inspect_walk'); // filled in by the time we are called
const { getStringWidth } = base;

// The formatters of typed arrays, collections, iterators, promises, proxies
// and boxed primitives load on the first such value.
let collectionsModule;
const collections = () => (collectionsModule ||= binding.load('inspect_collections'));

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
  const keys = binding.keys(value);
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

// --- bases: the text before the braces --------------------------------------

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
  moreItems,
  typedArrayTag,
  typedArrayLength,
  formatArray,
  formatArrayBuffer: (...args) => collections().formatArrayBuffer(...args),
  formatTypedArray: (...args) => collections().formatTypedArray(...args),
  groupArrayElements,
  formatSet: (...args) => collections().formatSet(...args),
  formatMap: (...args) => collections().formatMap(...args),
  formatWeakCollection: (...args) => collections().formatWeakCollection(...args),
  formatWeakSet: (...args) => collections().formatWeakSet(...args),
  formatWeakMap: (...args) => collections().formatWeakMap(...args),
  iteratorBraces: (...args) => collections().iteratorBraces(...args),
  formatIterator: (...args) => collections().formatIterator(...args),
  formatPromise: (...args) => collections().formatPromise(...args),
  formatProxy: (...args) => collections().formatProxy(...args),
  formatNamespaceObject: (...args) => collections().formatNamespaceObject(...args),
  boxedBase: (...args) => collections().boxedBase(...args),
  functionBase,
  formatError: (...args) => binding.load('inspect_errors').formatError(...args),
});
