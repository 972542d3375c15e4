'use strict';
// internal/streams/state as node --expose-internals shows it: the stream
// high-water marks. Only Node's tests require it; streams themselves use
// utils, whose getHighWaterMark takes the object mode rather than a state.

const utils = binding.load('utils');

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  return utils.getHighWaterMark(!!state.objectMode, options, duplexKey, isDuplex);
}

module.exports = {
  getHighWaterMark,
  getDefaultHighWaterMark: utils.getDefaultHighWaterMark,
  setDefaultHighWaterMark: utils.setDefaultHighWaterMark,
};
