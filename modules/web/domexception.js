'use strict';
// DOMException: an Error whose name, message and code are read through
// prototype getters, with the legacy numeric codes of the DOM spec.

const { nodeError } = require('internal/errors');

// State lives outside the object: Node's instances own only 'stack'.
const internals = new WeakMap();

// Legacy names in code order (code = index + 1), with their constants.
const legacy = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'], ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'], ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'], ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'], ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'], ['AbortError', 'ABORT_ERR'], ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'], ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'], ['DataCloneError', 'DATA_CLONE_ERR'],
];
// Three legacy constants have no error name that maps to them.
const unnamed = new Set(['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError']);
const codes = new Map(legacy.map(([name], i) => [name, i + 1]).filter(([name]) => !unnamed.has(name)));

function state(self) {
  const s = self != null && typeof self === 'object' ? internals.get(self) : undefined;
  if (s === undefined) {
    throw nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of DOMException');
  }
  return s;
}

// Not an engine error object (as in Node, util.types.isNativeError says
// false), but an Error by prototype, with a captured stack.
class DOMException {
  constructor(message = '', options = 'Error') {
    const s = { message: `${message}`, name: 'Error' };
    const withOptions = options !== null && typeof options === 'object';
    s.name = withOptions ? `${options.name}` : `${options}`;
    internals.set(this, s);
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this);
    } else {
      const stack = String(new Error().stack);
      const nl = stack.indexOf('\n');
      const head = s.message ? `${s.name}: ${s.message}` : s.name;
      Object.defineProperty(this, 'stack', {
        value: head + (nl === -1 ? '' : stack.slice(nl)), writable: true, enumerable: false, configurable: true,
      });
    }
    if (withOptions && 'cause' in options) {
      Object.defineProperty(this, 'cause', { value: options.cause, writable: true, enumerable: false, configurable: true });
    }
  }

  get name() { return state(this).name; }

  get message() { return state(this).message; }

  get code() { return codes.get(state(this).name) || 0; }
}

for (const key of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(DOMException.prototype, key, desc);
}
Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
legacy.forEach(([, constant], i) => {
  const desc = { value: i + 1, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
});

module.exports = { DOMException };
