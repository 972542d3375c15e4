'use strict';
// internal/assert/calltracker: assert.CallTracker (deprecated, DEP0173).

const { AssertionError } = require('internal/assert/assertion_error');
const { invalidArgValue, outOfRange } = binding.errors;

const noop = Function.prototype;

class CallTracker {
  #contexts = new Set();
  #tracked = new WeakMap();

  #context(fn) {
    const context = this.#tracked.get(fn);
    if (context === undefined) throw invalidArgValue('tracked', fn, 'is not a tracked function');
    return context;
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    if (typeof expected !== 'number' || !Number.isInteger(expected) || expected < 1 || expected > 4294967295) {
      if (typeof expected !== 'number') throw binding.errors.invalidArgType('expected', 'number', expected);
      if (!Number.isInteger(expected)) throw outOfRange('expected', 'an integer', expected);
      throw outOfRange('expected', '>= 1 && <= 4294967295', expected);
    }
    const context = { expected, calls: [], name: fn.name || 'calls', stackTrace: new Error() };
    const tracked = new Proxy(fn, {
      apply(target, thisArg, argList) {
        // goja may reuse argList once the trap returns: keep a copy.
        context.calls.push(Object.freeze({ thisArg, arguments: [...argList] }));
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#contexts.add(context);
    this.#tracked.set(tracked, context);
    return tracked;
  }

  getCalls(fn) {
    return this.#context(fn).calls.slice();
  }

  reset(fn) {
    if (fn === undefined) {
      for (const context of this.#contexts) context.calls = [];
      return;
    }
    this.#context(fn).calls = [];
  }

  report() {
    const errors = [];
    for (const context of this.#contexts) {
      const actual = context.calls.length;
      if (actual !== context.expected) {
        errors.push({
          message: `Expected the ${context.name} function to be executed ${context.expected} ` +
            `time(s) but was executed ${actual} time(s).`,
          actual,
          expected: context.expected,
          operator: context.name,
          stack: context.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

// Constructing one warns once per process, as util.deprecate would.
let warned = false;
function deprecated(...args) {
  if (!warned) {
    warned = true;
    process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
  }
  if (new.target) return Reflect.construct(CallTracker, args, new.target);
  return Reflect.apply(CallTracker, this, args);
}
Object.setPrototypeOf(deprecated, CallTracker);
deprecated.prototype = CallTracker.prototype;

module.exports = deprecated;
