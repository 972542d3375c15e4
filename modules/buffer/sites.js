'use strict';
// Where Node's own code throws each Buffer error. Node's fatal report
// quotes that line of its source (file, text, caret column) instead of the
// caller's; at(err, key) marks an error so ours quotes the same.

const { markThrowSite } = require('internal/errors');

const B = 'node:buffer';
const IB = 'node:internal/buffer';

const sites = {
  // Errors from Node's validators surface through one wrapper.
  validator: ['node:internal/errors', '      throw error;', 7],
  fromType: [B, '  throw new ERR_INVALID_ARG_TYPE(', 3],
  fromEncoding: [B, '      throw new ERR_UNKNOWN_ENCODING(encoding);', 7],
  abOffset: [B, "    throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');", 5],
  abLength: [B, "        throw new ERR_BUFFER_OUT_OF_BOUNDS('length');", 9],
  abStart: [IB, '    super(bufferOrLength, byteOffset, length);', 5],
  bufferNumber: [B, "      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);", 7],
  copyBytesFrom: [B, "    throw new ERR_INVALID_ARG_TYPE('view', [ 'TypedArray' ], view);", 5],
  concatItem: [B, '      throw new ERR_INVALID_ARG_TYPE(', 7],
  byteLength: [B, '    throw new ERR_INVALID_ARG_TYPE(', 5],
  buf1: [B, "    throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);", 5],
  buf2: [B, "    throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);", 5],
  target: [B, "    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);", 5],
  equals: [B, '    throw new ERR_INVALID_ARG_TYPE(', 5],
  targetStart: [B, "      throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);", 7],
  sourceStart: [B, "      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);", 7],
  sourceEnd: [B, "      throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);", 7],
  encoding: [B, '    throw new ERR_UNKNOWN_ENCODING(encoding);', 5],
  fillEncoding: [B, '      throw new ERR_UNKNOWN_ENCODING(encoding);', 7],
  fillValue: [B, "        throw new ERR_INVALID_ARG_VALUE('value', value);", 9],
  searchValue: [B, '  throw new ERR_INVALID_ARG_TYPE(', 3],
  searchEncoding: [B, '      throw new ERR_UNKNOWN_ENCODING(encoding);', 7],
  swap16: [B, "    throw new ERR_INVALID_BUFFER_SIZE('16-bits');", 5],
  swap32: [B, "    throw new ERR_INVALID_BUFFER_SIZE('32-bits');", 5],
  swap64: [B, "    throw new ERR_INVALID_BUFFER_SIZE('64-bits');", 5],
  input: [B, "  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);", 3],
  isUtf8Detached: [B, '    return bindingIsUtf8(input);', 12],
  isAsciiDetached: [B, '    return bindingIsAscii(input);', 12],
  missingInput: [B, "    throw new ERR_MISSING_ARGS('input');", 5],
  atobLength: [B, '      throw lazyDOMException(', 7],
  atobChar: [B, "      throw lazyDOMException('Invalid character', 'InvalidCharacterError');", 7],
  btoaChar: [B, "    throw lazyDOMException('Invalid character', 'InvalidCharacterError');", 5],
  transcode: [B, '    throw err;', 5],
  transcodeSource: [B, "      throw new ERR_INVALID_ARG_TYPE('source',", 7],
  boundsInteger: [IB, "    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);", 5],
  boundsEmpty: [IB, '    throw new ERR_BUFFER_OUT_OF_BOUNDS();', 5],
  boundsRange: [IB, "  throw new ERR_OUT_OF_RANGE(type || 'offset',", 3],
  int8Value: [IB, "    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);", 5],
  intValue: [IB, "    throw new ERR_OUT_OF_RANGE('value', range, value);", 5],
  noOffset: [IB, "    throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);", 5],
  bigintMix: [IB, '  let lo = Number(value & 0xffffffffn);', 25],
};

module.exports = function at(err, key) {
  const s = sites[key];
  return markThrowSite(err, s[0], s[1], s[2]);
};
