'use strict';
// The messages Node generates for an AssertionError, including the line
// diff of strictEqual/deepStrictEqual. Loaded by assertion_error.js when
// the first AssertionError is made. Body of (exports, require, module,
// binding); binding.errors is the events module's errors.js.

const { inspect } = binding.errors;

const headers = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Both values short and on one line: shown as "a !== b".
const kShortLength = 12;
// Diffs stop after about this many printed lines.
const kMaxPrinted = 50;

// Every value in a message is inspected the same way: expanded, sorted
// keys, no custom inspectors, so the two sides line up for the diff.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function palette() {
  const plain = { blue: '', green: '', red: '', white: '' };
  const stderr = typeof process === 'object' ? process.stderr : undefined;
  if (!stderr || !stderr.isTTY) return plain;
  if (typeof stderr.hasColors === 'function' && stderr.hasColors()) {
    return { blue: '\u001b[34m', green: '\u001b[32m', red: '\u001b[31m', white: '\u001b[39m' };
  }
  return plain;
}

function terminalWidth() {
  const stderr = typeof process === 'object' ? process.stderr : undefined;
  return stderr && stderr.isTTY ? stderr.columns : 80;
}

const isObjectLike = (v) => typeof v === 'object' && v !== null;

// Shows only the first 47 lines of something very long.
function clip(lines, c) {
  if (lines.length > 50) {
    lines[46] = `${c.blue}...${c.white}`;
    lines.length = 47;
  }
  return lines;
}

// The "+ actual - expected" diff. Identical runs longer than a few lines are
// folded into "...", trailing identical lines are kept to three, and a
// single-line mismatch gets a caret under the first differing character.
function diffMessage(actual, expected, operator, c, custom) {
  const actualText = inspectValue(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let caret = '';

  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  // A caller's message takes the place of the header.
  const header = custom ? String(custom) : headers[operator];

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const a = actualLines[0];
    const e = expectedLines[0];
    const total = a.length + e.length;
    if (total <= kShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${header}\n\n${a} !== ${e}\n`;
      }
    } else if (operator !== 'strictEqualObject' && total < terminalWidth()) {
      let at = 0;
      while (a[at] === e[at]) at++;
      // A mismatch in the first characters (quotes, brackets) needs no caret.
      if (at > 2) caret = `\n  ${' '.repeat(at)}^`;
    }
  }

  // Lines both sides end with are shown once, after the diff.
  let tail = '';
  let tailCount = 0;
  let tailTop = '';
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (tailCount++ < 3) tail = `\n  ${line}${tail}`;
    else tailTop = line;
  }

  const rows = Math.max(actualLines.length, expectedLines.length);
  if (rows === 0) {
    // Same text on both sides, different identity.
    const lines = clip(actualText.split('\n'), c);
    return `${headers.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  let skipped = false;
  if (tailCount >= 5) {
    tail = `\n${c.blue}...${c.white}${tail}`;
    skipped = true;
  }
  if (tailTop !== '') tail = `\n  ${tailTop}${tail}`;

  const head = `${header}\n${c.green}+ actual${c.white} ${c.red}- expected${c.white}`;
  const skippedNote = ` ${c.blue}...${c.white} Lines skipped`;

  // Where only one side still has lines, those are added or removed.
  const longer = actualLines.length < rows ? expectedLines : actualLines;
  const longerSign = longer === actualLines ? `${c.green}+${c.white}` : `${c.red}-${c.white}`;
  const shorterLength = longer === actualLines ? expectedLines.length : actualLines.length;

  let out = '';
  let pendingMinus = '';
  let printed = 0;
  let same = 0;

  // The first two lines of an identical run are printed as they come; the
  // rest of the run is printed (or folded) when a difference ends it.
  const closeRun = (lines, i) => {
    if (same > 2) {
      if (same > 3) {
        if (same > 4) {
          if (same === 5) {
            out += `\n  ${lines[i - 3]}`;
            printed++;
          } else {
            out += `\n${c.blue}...${c.white}`;
            skipped = true;
          }
        }
        out += `\n  ${lines[i - 2]}`;
        printed++;
      }
      out += `\n  ${lines[i - 1]}`;
      printed++;
    }
    same = 0;
  };

  for (let i = 0; i < rows; i++) {
    if (i >= shorterLength) {
      closeRun(longer, i);
      if (longer === actualLines) out += `\n${longerSign} ${longer[i]}`;
      else pendingMinus += `\n${longerSign} ${longer[i]}`;
      printed++;
    } else {
      const e = expectedLines[i];
      let a = actualLines[i];
      // "x," against "x" only differs by the comma the next line needs.
      let differs = a !== e && (!a.endsWith(',') || a.slice(0, -1) !== e);
      if (differs && e.endsWith(',') && e.slice(0, -1) === a) {
        differs = false;
        a += ',';
      }
      if (differs) {
        closeRun(actualLines, i);
        // Consecutive differing lines show as +++--- rather than +-+-.
        out += `\n${c.green}+${c.white} ${a}`;
        pendingMinus += `\n${c.red}-${c.white} ${e}`;
        printed += 2;
      } else {
        out += pendingMinus;
        pendingMinus = '';
        same++;
        if (same <= 2) {
          out += `\n  ${a}`;
          printed++;
        }
      }
    }
    if (printed > kMaxPrinted && i < rows - 2) {
      return `${head}${skippedNote}\n${out}\n${c.blue}...${c.white}${pendingMinus}\n${c.blue}...${c.white}`;
    }
  }
  return `${head}${skipped ? skippedNote : ''}\n${out}${pendingMinus}${tail}${caret}`;
}

function notEqualMessage(actual, operator, c) {
  let header = headers[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    header = headers.notStrictEqualObject;
  }
  const lines = clip(inspectValue(actual).split('\n'), c);
  if (lines.length === 1) return `${header}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${header}\n\n${lines.join('\n')}\n`;
}

function simpleMessage(actual, expected, operator) {
  let shownActual = inspectValue(actual);
  let shownExpected = inspectValue(expected);
  const header = headers[operator];
  if (operator === 'notDeepEqual' && shownActual === shownExpected) {
    const text = `${header}\n\n${shownActual}`;
    return text.length > 1024 ? `${text.slice(0, 1021)}...` : text;
  }
  if (shownActual.length > 512) shownActual = `${shownActual.slice(0, 509)}...`;
  if (shownExpected.length > 512) shownExpected = `${shownExpected.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    return `${header}\n\n${shownActual}\n\nshould loosely deep-equal\n\n${shownExpected}`;
  }
  const unequal = headers[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${shownActual}\n\nshould not loosely deep-equal\n\n${shownExpected}`;
  return `${shownActual} ${operator} ${shownExpected}`;
}

// Errors are compared without their stacks, which would differ anyway.
function withoutStack(err) {
  const copy = Object.create(Object.getPrototypeOf(err));
  for (const key of Object.keys(err)) copy[key] = err[key];
  Object.defineProperty(copy, 'message', { value: err.message });
  return copy;
}

function buildMessage(actual, expected, operator, message) {
  if (actual instanceof Error && expected instanceof Error && 'stack' in actual && 'stack' in expected) {
    actual = withoutStack(actual);
    expected = withoutStack(expected);
  }
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return diffMessage(actual, expected, operator, palette(), message);
  }
  if (message != null) return String(message);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return notEqualMessage(actual, operator, palette());
  }
  return simpleMessage(actual, expected, operator);
}

module.exports = { buildMessage, inspectValue };
