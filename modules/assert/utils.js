'use strict';
// internal/assert/utils: the check behind assert() and assert.ok(). Its
// throw statements are the lines Node's fatal report quotes for them.

const { AssertionError } = require('internal/assert/assertion_error');

const { markThrowSite } = require('internal/errors');

// binding.falsyMessage() reads the caller's source for the message; it
// returns '' when the call cannot be found, as for eval'd code.
function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = binding.falsyMessage() || undefined;
    } else if (message instanceof Error) {
      throw message;
    }
    const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw markThrowSite(err, 'node:internal/assert/utils', '    throw err;', 5);
  }
}

module.exports = { innerOk };
