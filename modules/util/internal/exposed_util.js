'use strict';
// internal/util as node --expose-internals shows it: the helpers of node's
// own that its tests (and programs run with that flag) reach for. Body of
// a function (exports, require, module, binding).

const { customInspectSymbol } = binding.load('inspect');
const { validateInteger } = require('internal/errors');

// The key util.promisify reads the names of a callback's results from
// (fs.read's bytesRead and buffer); fs and dns set it by Symbol.for.
const customPromisifyArgs = Symbol.for('nodejs.util.promisify.customArgs');

// sleep blocks the thread for msec milliseconds.
function sleep(msec) {
  validateInteger(msec, 'msec', 0, 2 ** 32 - 1);
  binding.sleep(msec);
}

const experimentalWarned = new Set();

// emitExperimentalWarning warns once per feature.
function emitExperimentalWarning(feature) {
  if (experimentalWarned.has(feature)) return;
  experimentalWarned.add(feature);
  process.emitWarning(`${feature} is an experimental feature and might change at any time`,
    'ExperimentalWarning');
}

function isError(e) {
  return binding.types.isNativeError(e) || e instanceof Error;
}

Object.assign(exports, {
  customInspectSymbol,
  customPromisifyArgs,
  emitExperimentalWarning,
  isError,
  sleep,
});
