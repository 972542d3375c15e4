'use strict';
// Body of the 'assert' core module: (exports, require, module, binding);
// binding.errors is the events module's errors.js. The throw statements that
// Node's fatal report quotes are written as Node's read.

const { AssertionError } = require('internal/assert/assertion_error');
const { innerOk } = require('internal/assert/utils');

const { markThrowSite } = require('internal/errors');
const { inspect, invalidArgType, missingArgs } = binding.errors;

let comparisons;
function deepEqualFns() {
  if (comparisons === undefined) comparisons = require('internal/util/comparisons');
  return comparisons;
}
const isDeepEqual = (a, b) => deepEqualFns().isDeepEqual(a, b);
const isDeepStrictEqual = (a, b) => deepEqualFns().isDeepStrictEqual(a, b);

const tagOf = (v) => Object.prototype.toString.call(v);
const isRegExp = (v) => v !== null && typeof v === 'object' && tagOf(v) === '[object RegExp]';
const isPromise = (v) => v instanceof Promise || (v !== null && typeof v === 'object' && tagOf(v) === '[object Promise]');
const isError = (v) => v instanceof Error || tagOf(v) === '[object Error]';

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;

  throw markThrowSite(new AssertionError(obj), 'node:assert', '  throw new AssertionError(obj);', 3);
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = module.exports = ok;

let failWarned = false;
function fail(actual, expected, message, operator, stackStartFn) {
  const argCount = arguments.length;
  let generated = false;
  if (actual == null && argCount <= 1) {
    generated = true;
    message = 'Failed';
  } else if (argCount === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (argCount === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail, message,
  });
  if (generated) err.generatedMessage = true;
  throw markThrowSite(err, 'node:assert', '  throw err;', 3);
}

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

function checkTwoArgs(count) {
  if (count < 2) throw missingArgs('actual', 'expected');
}

assert.equal = function equal(actual, expected, message) {
  checkTwoArgs(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  checkTwoArgs(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  checkTwoArgs(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  checkTwoArgs(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  checkTwoArgs(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  checkTwoArgs(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  checkTwoArgs(arguments.length);
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  checkTwoArgs(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// The checks behind throws, rejects, doesNotThrow and doesNotReject
// (assert_throws.js) load on first use.
let throwsChecks;
function checks() {
  if (throwsChecks === undefined) {
    throwsChecks = binding.loadPart('assert_throws')({
      assert, AssertionError, innerFail, isDeepStrictEqual, isRegExp, isPromise, isError,
    });
  }
  return throwsChecks;
}

assert.throws = function throws(promiseFn, ...args) {
  const c = checks();
  c.expectsError(throws, c.getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  const c = checks();
  c.expectsError(rejects, await c.waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  const c = checks();
  c.expectsNoError(doesNotThrow, c.getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  const c = checks();
  c.expectsNoError(doesNotReject, await c.waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) message += err.constructor.name;
      else message += err.message;
    } else {
      message += inspect(err);
    }
    const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
    spliceStacks(newErr, err);
    throw newErr;
  }
};

// ifError's stack continues with the frames of the error it was given,
// without the frames the two share.
function spliceStacks(newErr, err) {
  const origStack = err.stack;
  if (typeof origStack !== 'string') return;
  const at = origStack.indexOf('\n    at');
  if (at === -1) return;
  const oldFrames = origStack.slice(at + 1).split('\n');
  let newFrames = String(newErr.stack).split('\n');
  for (const frame of oldFrames) {
    const pos = newFrames.indexOf(frame);
    if (pos !== -1) {
      newFrames = newFrames.slice(0, pos);
      break;
    }
  }
  newErr.stack = `${newFrames.join('\n')}\n${oldFrames.join('\n')}`;
}

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw invalidArgType('regexp', 'RegExp', regexp);
  const wantMatch = fn === assert.match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== wantMatch) {
    if (message instanceof Error) {
      throw message;
    }
    const generatedMessage = !message;
    message = message || (typeof string !== 'string' ?
      `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})` :
      (wantMatch ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
      `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw markThrowSite(err, 'node:assert', '    throw err;', 5);
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

assert.CallTracker = require('internal/assert/calltracker');

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
