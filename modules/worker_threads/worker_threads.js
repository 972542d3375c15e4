'use strict';
// Body of function(exports, require, module, binding): worker_threads as
// the main thread sees it. There is only ever the main thread here, so
// Worker throws instead of starting one: a program that checks for the
// error (or for isMainThread) keeps working, and none is misled into
// thinking its code runs in parallel.

const EventEmitter = require('events');
const { nodeError, invalidArgType, validateArray } = require('internal/errors');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    // Node's argument checks, in its order, so bad calls fail the same way.
    if (options.execArgv) validateArray(options.execArgv, 'options.execArgv');
    if (options.argv) validateArray(options.argv, 'options.argv');
    if (!options.eval && typeof filename !== 'string' && !(filename instanceof URL)) {
      throw invalidArgType('filename', ['string', 'URL'], filename);
    }
    super();
    throw nodeError(TypeError, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'The feature worker_threads.Worker is unavailable on the current platform, ' +
      'which is being used to run Node.js');
  }
}

// Node copies this data into each new Worker; with none to start, it is
// only what the main thread itself set.
const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

// A marked ArrayBuffer named in a transfer list is copied, not detached.
function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  binding.markUntransferable(obj);
}

const { MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort } = require('internal/worker/io');

module.exports = {
  isMainThread: true,
  resourceLimits: {},
  threadId: 0,
  SHARE_ENV,
  Worker,
  parentPort: null,
  workerData: null,
  setEnvironmentData,
  getEnvironmentData,
  markAsUntransferable,
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  receiveMessageOnPort,
};
