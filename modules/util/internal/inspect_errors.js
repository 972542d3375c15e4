'use strict';
// util.inspect for Error objects: the stack text, adjusted so the shown
// name matches the constructor, with duplicate frames of the cause elided.

const walk = binding.load('inspect_walk');

const FRAME_START = '\n    at';
const coreFrame = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

// Errors thrown by goja itself carry its own frame format ("\tat f
// (file:1:2(7))"); they are shown in Node's.
function stackOf(err) {
  const stack = err.stack ? String(err.stack) : Error.prototype.toString.call(err);
  if (stack.includes('\n\tat ') && typeof binding.nodeStack === 'function') {
    return binding.nodeStack(stack);
  }
  return stack;
}

// commonFrameRun finds the first run of more than three frames of a that
// also appear, consecutively, in b.
function commonFrameRun(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest <= 3) continue;
    let len = 1;
    const maxLen = Math.min(a.length - i, rest);
    while (maxLen > len && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

function stackFrames(ctx, err, frameText) {
  const frames = frameText.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // a throwing cause getter is ignored
  }
  if (cause != null && walk.isError(cause)) {
    const causeStack = stackOf(cause);
    const at = causeStack.indexOf(FRAME_START);
    if (at !== -1) {
      const causeFrames = causeStack.slice(at + 1).split('\n');
      const { len, offset } = commonFrameRun(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const note = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(note, 'undefined'));
      }
    }
  }
  return frames;
}

// renameInStack makes the first line of an ordinary-looking stack name the
// actual class ("Foo [TypeError]: ..." for a Foo whose name is TypeError).
function renameInStack(stack, constructor, name, tag) {
  let len = name.length;
  const looksNormal = name.endsWith('Error') && stack.startsWith(name) &&
    (stack.length === len || stack[len] === ':' || stack[len] === '\n');
  if (constructor !== null && !looksNormal) return stack;
  let fallback = 'Error';
  if (constructor === null) {
    const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = (m && m[1]) || '';
    len = fallback.length;
    fallback = fallback || 'Error';
  }
  const prefix = walk.getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.includes(name)) {
    return len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
  }
  return `${prefix} [${name}]${stack.slice(len)}`;
}

// dropKeysShownInStack hides name/message/stack keys whose value the stack
// already shows.
function dropKeysShownInStack(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
  }
}

function highlightNodeModules(ctx, line) {
  let out = '';
  let last = 0;
  let from = 0;
  for (;;) {
    const at = line.indexOf('node_modules', from);
    if (at === -1) break;
    const before = line[at - 1];
    const after = line[at + 12];
    if ((after !== '/' && after !== '\\') || (before !== '/' && before !== '\\')) {
      from = at + 1;
      continue;
    }
    const nameStart = at + 13;
    out += line.slice(last, nameStart);
    let nameEnd = line.indexOf(before, nameStart);
    if (line[nameStart] === '@') nameEnd = line.indexOf(before, nameEnd + 1);
    out += ctx.stylize(line.slice(nameStart, nameEnd), 'module');
    last = nameEnd;
    from = nameEnd;
  }
  return last === 0 ? line : out + line.slice(last);
}

function greyCwd(ctx, line, cwd) {
  let at = line.indexOf(cwd);
  if (at === -1) return line;
  let cwdLength = cwd.length;
  if (line.slice(at - 7, at) === 'file://') {
    cwdLength += 7;
    at -= 7;
  }
  const start = line[at - 1] === '(' ? at - 1 : at;
  const end = start !== at && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = at + cwdLength + 1;
  let out = line.slice(0, start) + ctx.stylize(line.slice(start, cwdEnd), 'undefined') +
    line.slice(cwdEnd, end);
  if (end === -1) out += ctx.stylize(')', 'undefined');
  return out;
}

function colorFrames(ctx, lines) {
  let cwd;
  let cwdURL;
  try {
    cwd = process.cwd();
  } catch {
    // no working directory to grey out
  }
  let text = '';
  for (let line of lines) {
    if (coreFrame.test(line)) {
      text += `\n${ctx.stylize(line, 'undefined')}`;
      continue;
    }
    line = highlightNodeModules(ctx, line);
    if (cwd !== undefined) {
      let greyed = greyCwd(ctx, line, cwd);
      if (greyed === line) {
        // An ES module's frames name it by URL, percent-encoded.
        if (cwdURL === undefined) cwdURL = require('url').pathToFileURL(cwd).href;
        greyed = greyCwd(ctx, line, cwdURL);
      }
      line = greyed;
    }
    text += `\n${line}`;
  }
  return text;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = stackOf(err);
  dropKeysShownInStack(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }
  stack = renameInStack(stack, constructor, name, tag);

  // Frames are searched for after the message, which may itself hold "at".
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const framesAt = stack.indexOf(FRAME_START, pos);
  if (framesAt === -1) {
    stack = `[${stack}]`;
  } else {
    const head = stack.slice(0, framesAt);
    const lines = stackFrames(ctx, err, stack.slice(framesAt + 1));
    stack = ctx.colors ? head + colorFrames(ctx, lines) : `${head}\n${lines.join('\n')}`;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

Object.assign(exports, { formatError, commonFrameRun });
