'use strict';
// addAbortSignal(): destroy a stream with an AbortError when a signal fires.

const utils = binding.load('utils');
const { errors, thrown } = utils;

function addAbortSignal(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) {
    throw thrown(errors.invalidArgType('signal', 'AbortSignal', signal), 'node:internal/streams/add-abort-signal',
      "    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);");
  }
  if (!utils.isNodeStream(stream) && !utils.isWebStream(stream)) {
    throw thrown(errors.invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream), 'node:internal/streams/add-abort-signal',
      "    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);");
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = utils.isNodeStream(stream) ? () => {
    stream.destroy(new errors.AbortError(undefined, { cause: signal.reason }));
  } : () => {
    // A web stream fails through its controller.
    const { kState } = require('internal/webstreams').internals;
    stream[kState].controller.error(new errors.AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    const eosMod = binding.load('eos');
    // Stop listening once the stream is done, whichever way.
    eosMod.eos(stream, eosMod.onAbort(signal, onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
