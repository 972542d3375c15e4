'use strict';
// AssertionError. The messages it builds (assertion_message.js, with the
// diff machinery) load when the first one is made, so that requiring assert
// costs little. Body of (exports, require, module, binding); binding.errors
// is the events module's errors.js.

const { inspect, invalidArgType } = binding.errors;

let messages;
const loadMessages = () => (messages ||= binding.loadPart('assertion_message'));

function buildMessage(actual, expected, operator, message) {
  return loadMessages().buildMessage(actual, expected, operator, message);
}

function inspectValue(value) {
  return loadMessages().inspectValue(value);
}

// Long strings are cut when an AssertionError itself is inspected.
function shorten(text) {
  const lines = text.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (text.length > 512) return `${text.slice(512)}...`;
  return text;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details } = options;
    const { actual, expected } = options;
    super(buildMessage(actual, expected, operator, message));
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || new.target);
    }
    // The stack's first line keeps the code, as in Node.
    void this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, ctx) {
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = shorten(actual);
    if (typeof expected === 'string') this.expected = shorten(expected);
    const shown = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = actual;
    this.expected = expected;
    return shown;
  }
}

module.exports = { AssertionError, inspectValue };
