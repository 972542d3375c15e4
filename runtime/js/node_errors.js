'use strict';
// require('internal/errors'), for core modules only: Node's coded errors
// and argument validators, written once for every module. The body of
// function(exports, requireCore, native).

let utilInspect;
function inspect(value, opts) {
  if (utilInspect === undefined) {
    try {
      utilInspect = requireCore('util').inspect;
    } catch {
      utilInspect = null;
    }
  }
  if (typeof utilInspect === 'function') return utilInspect(value, opts);
  return typeof value === 'string' ? `'${value}'` : String(value);
}

// makeNodeError gives err the code and a stack whose head reads
// "TypeError [CODE]: message", as Node's do.
function makeNodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  // The frames follow the head, which a multi-line message spans.
  const stack = String(err.stack);
  const at = stack.indexOf('\n    at ');
  Object.defineProperty(err, 'stack', {
    value: `${err.name} [${code}]: ${message}${at === -1 ? '' : stack.slice(at)}`,
    writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    writable: true, configurable: true, enumerable: false,
  });
  hideMakerFrames(err);
  return err;
}

// Node hides the frames of its error-making helpers; the first frame shown
// is the public function that threw.
const makerFrame = /^ {4}at .*\(node:internal\/(?:errors|bootstrap):\d+:\d+\)$/;

function hideMakerFrames(err) {
  const lines = err.stack.split('\n');
  const first = lines.findIndex((line) => line.startsWith('    at '));
  if (first === -1) return;
  let end = first;
  while (end < lines.length && makerFrame.test(lines[end])) end++;
  if (end === first) return;
  lines.splice(first, end - first);
  Object.defineProperty(err, 'stack', {
    value: lines.join('\n'), writable: true, configurable: true, enumerable: false,
  });
}

// Node's fatal report quotes the throw line when the throw is in node's own
// code; a core module names that line (the same text) before it throws.
function markThrowSite(err, file, line, col) {
  if (err !== null && typeof err === 'object') native.internalThrowSite(err, file, line, col);
  return err;
}

function formatList(items, conj = 'and') {
  switch (items.length) {
    case 0: return '';
    case 1: return `${items[0]}`;
    case 2: return `${items[0]} ${conj} ${items[1]}`;
    default:
      return `${items.slice(0, -1).join(', ')}, ${conj} ${items[items.length - 1]}`;
  }
}

// describeValue is how Node names a value in type errors: "undefined",
// "an instance of Map", "function f", "type number (42)".
function describeValue(value) {
  if (value == null) return `${value}`;
  switch (typeof value) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      return `type number (${Object.is(value, -0) ? '-0' : String(value)})`;
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return inspect(value, { depth: -1 });
    case 'string': {
      // Node cuts long strings first, then quotes them.
      const text = value.length > 28 ? `${value.slice(0, 25)}...` : value;
      return `type string (${text.includes("'") ? JSON.stringify(text) : `'${text}'`})`;
    }
    default: {
      let shown = inspect(value, { colors: false });
      if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
      return `type ${typeof value} (${shown})`;
    }
  }
}

function describeReceived(value) {
  return ` Received ${describeValue(value)}`;
}

// 'Function' and 'Object' are accepted for their lowercase type names.
const primitiveTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol'];
const className = /^[A-Z][a-zA-Z0-9]*$/;

function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = name.endsWith(' argument') ? `The ${name} ` :
    `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const kinds = [];
  const instances = [];
  const other = [];
  for (const e of expected) {
    if (primitiveTypes.includes(e)) kinds.push(e.toLowerCase());
    else if (className.test(e)) instances.push(e);
    else other.push(e);
  }
  if (instances.length > 0 && kinds.includes('object')) {
    kinds.splice(kinds.indexOf('object'), 1);
    instances.push('Object');
  }
  if (kinds.length > 0) {
    msg += `${kinds.length > 1 ? 'one of type' : 'of type'} ${formatList(kinds, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${formatList(other, 'or')}`;
    else msg += (other[0].toLowerCase() !== other[0] ? 'an ' : '') + other[0];
  }
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${msg}.${describeReceived(actual)}`);
}

function invalidArgValue(name, value, reason = 'is invalid') {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    `The ${kind} '${name}' ${reason}. Received ${shown}`);
}

// 1234567 -> 1_234_567, as Node prints large out-of-range integers.
function groupDigits(text) {
  const start = text[0] === '-' ? 1 : 0;
  let end = text.length;
  let out = '';
  for (; end >= start + 4; end -= 3) out = `_${text.slice(end - 3, end)}${out}`;
  return `${text.slice(0, end)}${out}`;
}

function outOfRange(name, range, input) {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = groupDigits(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = groupDigits(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

function missingArgs(...names) {
  const quoted = names.map((n) => `"${n}"`);
  let list;
  if (quoted.length === 1) list = `${quoted[0]} argument`;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]} arguments`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
  return makeNodeError(TypeError, 'ERR_MISSING_ARGS', `The ${list} must be specified`);
}

function invalidThis(type) {
  return makeNodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function ambiguousArgument(name, reason) {
  return makeNodeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', `The "${name}" argument is ambiguous. ${reason}`);
}

function invalidReturnValue(input, name, value) {
  return makeNodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
    `Expected ${input} to be returned from the "${name}" function but got ${describeValue(value)}.`);
}

// Node's SystemError: the ERR_* error of a failed system call, whose facts
// are in info, with errno and syscall reading through to them.
class SystemError extends Error {
  constructor(message) {
    super(message);
    Object.defineProperty(this, 'name', { value: 'SystemError', writable: true, enumerable: false, configurable: true });
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return inspect(this, { ...options, getters: true, customInspect: false });
  }
}

// systemError(code, prefix, info) reads "<prefix>: <syscall> returned
// <CODE> (<message>)", then the path and dest the call had, if any.
function systemError(code, prefix, info) {
  let message = `${prefix}: ${info.syscall} returned ${info.code} (${info.message})`;
  if (info.path !== undefined) message += ` ${info.path}`;
  if (info.dest !== undefined) message += ` => ${info.dest}`;
  const err = makeNodeError(SystemError, code, message);
  Object.defineProperty(err, 'info', { value: info, enumerable: true, configurable: true, writable: false });
  for (const key of ['errno', 'syscall']) {
    Object.defineProperty(err, key, {
      get() { return info[key]; },
      set(value) { info[key] = value; },
      enumerable: true,
      configurable: true,
    });
  }
  return err;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    const range = [min != null ? `>= ${min}` : '', max != null ? `<= ${max}` : ''].filter(Boolean).join(' && ');
    throw outOfRange(name, range, value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function validateObject(value, name, allowArray = false) {
  if (value === null || typeof value !== 'object' || (!allowArray && Array.isArray(value))) {
    throw invalidArgType(name, 'Object', value);
  }
}

function validateArray(value, name) {
  if (!Array.isArray(value)) throw invalidArgType(name, 'Array', value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, 'AbortSignal', signal);
  }
}

Object.assign(exports, {
  inspect,
  makeNodeError,
  nodeError: makeNodeError,
  markThrowSite,
  formatList,
  describeValue,
  describeReceived,
  invalidArgType,
  invalidArgValue,
  outOfRange,
  missingArgs,
  invalidThis,
  ambiguousArgument,
  invalidReturnValue,
  AbortError,
  SystemError,
  systemError,
  validateFunction,
  validateString,
  validateBoolean,
  validateNumber,
  validateInteger,
  validateObject,
  validateArray,
  validateAbortSignal,
});
