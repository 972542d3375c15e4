'use strict';
// The Node-style errors util throws: a standard Error subclass with a `code`
// property, whose stack's first line reads "TypeError [CODE]: message".

const lazyInspect = () => binding.load('inspect').inspect;

function makeNodeError(Base, code, message) {
  let err;
  if (typeof binding.nodeError === 'function') {
    // The runtime's maker shapes the stack as Node prints it.
    err = binding.nodeError(Base.name, code, message);
  } else {
    err = new Base(message);
    // The code is part of the name while the stack is captured.
    Object.defineProperty(err, 'name', {
      value: `${Base.name} [${code}]`, writable: true, configurable: true, enumerable: false,
    });
    void err.stack;
    delete err.name;
    Object.defineProperty(err, 'code', {
      value: code, writable: true, configurable: true, enumerable: true,
    });
  }
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    writable: true, configurable: true, enumerable: false,
  });
  hideMakerFrames(err);
  return err;
}

// Node hides the frames of its error-making helpers; the first frame shown
// is the public function that threw.
const makerFrame = /^ {4}at .*\(node:internal\/(?:util\/errors|bootstrap):\d+:\d+\)$/;

function hideMakerFrames(err) {
  const stack = err.stack;
  if (typeof stack !== 'string') return;
  const lines = stack.split('\n');
  let first = lines.findIndex((line) => line.startsWith('    at '));
  if (first === -1) return;
  let end = first;
  while (end < lines.length && makerFrame.test(lines[end])) end++;
  if (end === first) return;
  lines.splice(first, end - first);
  Object.defineProperty(err, 'stack', {
    value: lines.join('\n'), writable: true, configurable: true, enumerable: false,
  });
}

const primitiveTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol'];
const className = /^[A-Z][a-zA-Z0-9]*$/;

function formatList(items, conj = 'and') {
  switch (items.length) {
    case 0: return '';
    case 1: return `${items[0]}`;
    case 2: return `${items[0]} ${conj} ${items[1]}`;
    case 3: return `${items[0]}, ${items[1]}, ${conj} ${items[2]}`;
    default:
      return `${items.slice(0, -1).join(', ')}, ${conj} ${items[items.length - 1]}`;
  }
}

// describeValue is the "Received ..." part of type errors.
function describeValue(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
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
      return `${lazyInspect()(value, { depth: -1 })}`;
    case 'string': {
      if (value.length > 28) value = `${value.slice(0, 25)}...`;
      if (!value.includes("'")) return `type string ('${value}')`;
      return `type string (${JSON.stringify(value)})`;
    }
    default: {
      let shown = lazyInspect()(value, { colors: false });
      if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
      return `type ${typeof value} (${shown})`;
    }
  }
}

function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';
  const kinds = [];
  const instances = [];
  const other = [];
  for (const e of expected) {
    if (primitiveTypes.includes(e)) kinds.push(e.toLowerCase());
    else if (className.test(e)) instances.push(e);
    else other.push(e);
  }
  if (instances.length > 0) {
    const pos = kinds.indexOf('object');
    if (pos !== -1) {
      kinds.splice(pos, 1);
      instances.push('Object');
    }
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
    if (other.length > 1) {
      msg += `one of ${formatList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  msg += `. Received ${describeValue(actual)}`;
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg);
}

function invalidArgValue(name, value, reason = 'is invalid') {
  let shown = lazyInspect()(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    `The ${kind} '${name}' ${reason}. Received ${shown}`);
}

function groupThousands(text) {
  const start = text[0] === '-' ? 1 : 0;
  let end = text.length;
  let out = '';
  for (; end >= start + 4; end -= 3) out = `_${text.slice(end - 3, end)}${out}`;
  return `${text.slice(0, end)}${out}`;
}

function outOfRange(name, range, input) {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = groupThousands(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = groupThousands(received);
    received += 'n';
  } else {
    received = lazyInspect()(input);
  }
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
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

function validateNumber(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
}

function validateObject(value, name, allowArray = false) {
  if (value === null || typeof value !== 'object' || (!allowArray && Array.isArray(value))) {
    throw invalidArgType(name, 'Object', value);
  }
}

function validateArray(value, name) {
  if (!Array.isArray(value)) throw invalidArgType(name, 'Array', value);
}

Object.assign(exports, {
  makeNodeError,
  invalidArgType,
  invalidArgValue,
  outOfRange,
  formatList,
  validateFunction,
  validateString,
  validateBoolean,
  validateNumber,
  validateObject,
  validateArray,
});
