'use strict';
// Node-style errors and argument validators shared by the events, EventTarget
// and assert modules. Body of (exports, require, module, binding);
// binding.nodeError(baseName, code, message), when given, is the runtime's
// maker of coded errors (it formats the stack the way Node prints it).

let utilInspect;
function inspect(value, opts) {
  if (utilInspect === undefined) {
    try {
      utilInspect = require('util').inspect;
    } catch {
      utilInspect = null;
    }
  }
  if (typeof utilInspect === 'function') return utilInspect(value, opts);
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'bigint') return `${value}n`;
  if (Object.is(value, -0)) return '-0';
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
    const ctor = value.constructor;
    return `[${(ctor && ctor.name) || 'Object'}]`;
  }
  return String(value);
}

function makeNodeError(Base, code, message) {
  let err;
  if (binding && typeof binding.nodeError === 'function') {
    err = binding.nodeError(Base.name, code, message);
  } else {
    err = new Base(message);
    // The code is part of the name while the stack is captured, as in Node.
    Object.defineProperty(err, 'name', { value: `${Base.name} [${code}]`, configurable: true, writable: true });
    void err.stack;
    delete err.name;
    Object.defineProperty(err, 'code', { value: code, enumerable: true, configurable: true, writable: true });
  }
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    configurable: true, writable: true,
  });
  return err;
}

// describeValue is how Node names a value in type errors: "undefined",
// "an instance of Map", "function f", "type number (42)".
function describeValue(value) {
  if (value == null) return `${value}`;
  switch (typeof value) {
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return inspect(value, { depth: -1 });
    case 'string': {
      // Node cuts long strings and quotes them without escaping.
      const text = value.length > 28 ? `${value.slice(0, 25)}...` : value;
      return `type string (${text.includes("'") ? JSON.stringify(text) : `'${text}'`})`;
    }
    case 'number':
      return `type number (${Object.is(value, -0) ? '-0' : String(value)})`;
    case 'bigint':
      return `type bigint (${value}n)`;
    default:
      return `type ${typeof value} (${String(value)})`;
  }
}

function describeReceived(value) {
  return ` Received ${describeValue(value)}`;
}

// 'Function' and 'Object' are accepted for their lowercase type names.
const primitiveTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function joinOr(list) {
  if (list.length > 2) return `${list.slice(0, -1).join(', ')}, or ${list[list.length - 1]}`;
  return list.join(' or ');
}

function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = name.endsWith(' argument') ? `The ${name} ` :
    `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const e of expected) {
    if (primitiveTypes.includes(e)) types.push(e.toLowerCase());
    else if (/^[A-Z][a-zA-Z0-9]*$/.test(e)) instances.push(e);
    else other.push(e);
  }
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${joinOr(types)}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${joinOr(instances)}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${joinOr(other)}`;
    else msg += (other[0].toLowerCase() !== other[0] ? 'an ' : '') + other[0];
  }
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg + '.' + describeReceived(actual));
}

// 1234567 -> 1_234_567, as Node prints large out-of-range integers.
function groupDigits(text) {
  const sign = text[0] === '-' ? '-' : '';
  let digits = sign ? text.slice(1) : text;
  let out = '';
  while (digits.length > 3) {
    out = `_${digits.slice(-3)}${out}`;
    digits = digits.slice(0, -3);
  }
  return sign + digits + out;
}

function outOfRange(name, range, value) {
  let received;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) received = groupDigits(String(value));
  else if (typeof value === 'bigint') {
    received = String(value);
    if (value > 2n ** 32n || value < -(2n ** 32n)) received = groupDigits(received);
    received += 'n';
  } else received = inspect(value);
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'function', value);
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

function validateInteger(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, 'AbortSignal', signal);
  }
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
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

function invalidArgValue(name, value, reason = 'is invalid') {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' ${reason}. Received ${shown}`);
}

function ambiguousArgument(name, reason) {
  return makeNodeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', `The "${name}" argument is ambiguous. ${reason}`);
}

function invalidReturnValue(input, name, value) {
  return makeNodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
    `Expected ${input} to be returned from the "${name}" function but got ${describeValue(value)}.`);
}

module.exports = {
  invalidArgValue, ambiguousArgument, invalidReturnValue, describeValue,
  inspect, makeNodeError, describeReceived, invalidArgType, outOfRange, missingArgs, invalidThis,
  validateFunction, validateBoolean, validateNumber, validateInteger, validateAbortSignal, AbortError,
};
