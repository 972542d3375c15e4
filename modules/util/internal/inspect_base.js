'use strict';
// Leaf helpers of util.inspect: colorizing (with the tables of
// inspect_options.js), quoting of strings and the formatting of primitive
// values. Nothing here recurses into objects.

const { defaultOptions, colors, styles } = binding.load('inspect_options');

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style === undefined) return str;
  const color = colors[style];
  if (color === undefined) return str;
  return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
}

function stylizeNoColor(str) {
  return str;
}

// --- string quoting ---------------------------------------------------------

const QUOTE_SINGLE = 0;
const QUOTE_DOUBLE = 1;
const QUOTE_BACKTICK = 2;

function hexByte(code) {
  return `\\x${code < 16 ? '0' : ''}${code.toString(16).toUpperCase()}`;
}

// escapeChar gives the escape of one UTF-16 unit that must not appear raw,
// or undefined when it may.
function escapeChar(code, escapeSingle) {
  switch (code) {
    case 8: return '\\b';
    case 9: return '\\t';
    case 10: return '\\n';
    case 12: return '\\f';
    case 13: return '\\r';
    case 39: return escapeSingle ? "\\'" : undefined;
    case 92: return '\\\\';
  }
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return hexByte(code);
  return undefined;
}

// escapeBody escapes control characters, the backslash, lone surrogates and
// (when escapeSingle) the single quote.
function escapeBody(str, escapeSingle) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    let rep;
    if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      rep = `\\u${code.toString(16)}`;
    } else {
      rep = escapeChar(code, escapeSingle);
      if (rep === undefined) continue;
    }
    out += str.slice(last, i) + rep;
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

// quoteString picks the quote that avoids escaping: single quotes unless the
// text has one, then double quotes, then backticks.
function quoteString(str) {
  let quote = QUOTE_SINGLE;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = QUOTE_DOUBLE;
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = QUOTE_BACKTICK;
    }
  }
  const body = escapeBody(str, quote === QUOTE_SINGLE);
  if (quote === QUOTE_DOUBLE) return `"${body}"`;
  if (quote === QUOTE_BACKTICK) return `\`${body}\``;
  return `'${body}'`;
}

// escapeUnquoted escapes a symbol description or a hidden key, which Node
// shows without quotes but with the single quote still escaped.
function escapeUnquoted(str) {
  return escapeBody(str, true);
}

// --- numbers ----------------------------------------------------------------

function groupIntegerDigits(digits) {
  const start = digits[0] === '-' ? 1 : 0;
  let end = digits.length;
  let groups = '';
  while (end - start > 3) {
    groups = `_${digits.slice(end - 3, end)}${groups}`;
    end -= 3;
  }
  return digits.slice(0, end) + groups;
}

function groupFractionDigits(digits) {
  if (digits.length <= 3) return digits;
  let out = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) out += `${digits.slice(i, i + 3)}_`;
  return out + digits.slice(i);
}

function formatNumber(stylize, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return stylize('-0', 'number');
    return stylize(`${number}`, 'number');
  }
  const text = String(number);
  if (Math.trunc(number) === number) {
    if (!Number.isFinite(number) || text.includes('e')) return stylize(text, 'number');
    return stylize(groupIntegerDigits(text), 'number');
  }
  if (Number.isNaN(number)) return stylize(text, 'number');
  const dot = text.indexOf('.');
  return stylize(
    `${groupIntegerDigits(text.slice(0, dot))}.${groupFractionDigits(text.slice(dot + 1))}`,
    'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  const text = String(bigint);
  return stylize(`${numericSeparator ? groupIntegerDigits(text) : text}n`, 'bigint');
}

// --- primitives -------------------------------------------------------------

const MIN_SPLIT_LENGTH = 16;

// splitAfterNewlines cuts text into pieces that each end with '\n' (but
// the last one).
function splitAfterNewlines(text) {
  const parts = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1 || nl === text.length - 1) break;
    parts.push(text.slice(start, nl + 1));
    start = nl + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      // Long multi-line strings are shown as a concatenation, one line each.
      if (ctx.compact !== true &&
          value.length > MIN_SPLIT_LENGTH &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const joiner = ` +\n${' '.repeat(ctx.indentationLvl + 2)}`;
        return splitAfterNewlines(value)
          .map((line) => stylize(quoteString(line), 'string'))
          .join(joiner) + trailer;
      }
      return stylize(quoteString(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean':
      return stylize(`${value}`, 'boolean');
    case 'undefined':
      return stylize('undefined', 'undefined');
    default:
      return stylize(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// --- widths and control sequences -------------------------------------------

// Matches ANSI/VT control sequences (CSI and OSC forms).
const ansiPattern = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

function stripAnsi(str) {
  return str.replace(ansiPattern, '');
}

const sgrPattern = /\u001b\[\d\d?m/g;

function removeColors(str) {
  return str.replace(sgrPattern, '');
}

const printableAscii = /^[\x20-\x7e]*$/;

// getStringWidth counts terminal columns. Printable ASCII is one column a
// character; anything else is measured by the binding, which has the East
// Asian width tables (and is much faster than a JS loop on goja).
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripAnsi(str);
  if (printableAscii.test(str)) return str.length;
  return binding.stringWidth(str);
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F ||
    (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

// joinList joins formatted entries (all strings). Array.prototype.join is
// linear; repeated += is quadratic on goja's immutable strings.
function joinList(list, separator) {
  return list.join(separator);
}

Object.assign(exports, {
  defaultOptions,
  colors,
  styles,
  stylizeWithColor,
  stylizeNoColor,
  quoteString,
  escapeUnquoted,
  formatNumber,
  formatBigInt,
  formatPrimitive,
  stripAnsi,
  removeColors,
  getStringWidth,
  isZeroWidthCodePoint,
  joinList,
});
