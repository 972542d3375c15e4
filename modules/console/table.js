'use strict';
// console.table: the rows and columns Node derives from the data, drawn
// with box-drawing characters, cells left-aligned by display width.

const util = require('util');

let internals;
function inspectInternals() {
  if (internals === undefined) {
    try {
      internals = require('internal/util/inspect');
    } catch {
      internals = {};
    }
  }
  return internals;
}

// Display width of a cell: util's East-Asian-aware measure when util
// exposes it, else code points minus escape sequences.
function width(str) {
  const own = inspectInternals().getStringWidth;
  if (typeof own === 'function') return own(str);
  let n = 0;
  for (const ch of util.stripVTControlCharacters(str)) {
    const cp = ch.codePointAt(0);
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f)) continue;
    n += isWide(cp) ? 2 : 1;
  }
  return n;
}

function isWide(cp) {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

// What a Map/Set iterator has left, without consuming it (util's preview
// when available). Returns [entries, isKeyValue].
function preview(iter, isMap) {
  const own = inspectInternals().previewEntries;
  if (typeof own === 'function') {
    const res = own(iter, true);
    if (res !== undefined) return res;
  }
  return [[], isMap];
}

function renderRow(row, widths) {
  let out = '│ ';
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(widths[i] - width(cell));
    if (i !== row.length - 1) out += ' │ ';
  }
  return `${out} │`;
}

function draw(head, columns) {
  const widths = head.map((h) => width(h));
  const longest = Math.max(...columns.map((c) => c.length));
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = value;
      widths[i] = Math.max(widths[i] || 0, width(value));
    }
  }
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let out = `┌${divider.join('┬')}┐\n${renderRow(head, widths)}\n├${divider.join('┼')}┤\n`;
  for (const row of rows) out += `${renderRow(row, widths)}\n`;
  return `${out}└${divider.join('┴')}┘`;
}

function renderTable(data, properties, inspectOptions) {
  const show = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return util.inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...inspectOptions });
  };
  const indexes = (n) => Array.from({ length: n }, (_, i) => show(i));
  const types = util.types;

  const mapIter = types.isMapIterator(data);
  let keyValue = false;
  if (mapIter) [data, keyValue] = preview(data, true);
  if (keyValue || types.isMap(data)) {
    const keys = [];
    const values = [];
    if (mapIter) {
      for (let i = 0; i < data.length / 2; i++) {
        keys.push(show(data[i * 2]));
        values.push(show(data[i * 2 + 1]));
      }
    } else {
      for (const [k, v] of data) {
        keys.push(show(k));
        values.push(show(v));
      }
    }
    return draw(['(iteration index)', 'Key', 'Values'], [indexes(keys.length), keys, values]);
  }

  const setIter = types.isSetIterator(data);
  if (setIter) [data] = preview(data, false);
  if (setIter || mapIter || types.isSet(data)) {
    const values = [];
    for (const v of data) values.push(show(v));
    return draw(['(iteration index)', 'Values'], [indexes(values.length), values]);
  }

  const columns = { __proto__: null };
  let hasPrimitives = false;
  const primitives = [];
  const rowKeys = Object.keys(data);
  for (let i = 0; i < rowKeys.length; i++) {
    const item = data[rowKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitives[i] = show(item);
    } else {
      for (const key of properties || Object.keys(item)) {
        if (columns[key] === undefined) columns[key] = [];
        columns[key][i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key) ?
          '' : show(item[key]);
      }
    }
  }
  const head = Object.keys(columns);
  const cols = Object.values(columns);
  if (hasPrimitives) {
    head.push('Values');
    cols.push(primitives);
  }
  head.unshift('(index)');
  cols.unshift(rowKeys);
  return draw(head, cols);
}

module.exports = { renderTable };
