// DOMException: names, legacy codes, options, inspect and errors.
'use strict';

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const e = new DOMException('msg', 'AbortError');
console.log(e);
t('props', () => [e.name, e.message, e.code, e instanceof Error, e instanceof DOMException, String(e),
  Object.prototype.toString.call(e), Object.keys(e), e.stack.split('\n')[0]]);
console.log(new DOMException());
console.log([new DOMException('y')], { e: new DOMException('z', 'NotFoundError') });
t('defaults', () => [new DOMException().name, new DOMException().message, new DOMException().code]);
t('options', () => {
  const x = new DOMException('x', { name: 'DataCloneError', cause: 1 });
  return [x.name, x.code, x.cause, Object.getOwnPropertyDescriptor(x, 'cause').enumerable];
});
t('options no name', () => new DOMException('x', {}).name);
t('coercion', () => [new DOMException(1, 2).name, new DOMException(undefined, undefined).message, new DOMException(null, null).message]);
t('custom name code', () => new DOMException('m', 'Custom').code);
const names = ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError', 'InvalidCharacterError',
  'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError', 'NotSupportedError', 'InUseAttributeError',
  'InvalidStateError', 'SyntaxError', 'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
  'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError', 'QuotaExceededError',
  'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError', 'EncodingError', 'NotReadableError', 'OperationError'];
t('codes', () => names.map((n) => new DOMException('', n).code).join(' '));
t('constants', () => Object.getOwnPropertyNames(DOMException).filter((k) => k.endsWith('_ERR')).map((k) => `${k}=${DOMException[k]}`).join(' '));
t('proto constants', () => [DOMException.prototype.ABORT_ERR, DOMException.prototype.DATA_CLONE_ERR]);
t('proto names', () => Object.getOwnPropertyNames(DOMException.prototype).slice(0, 4));
t('getter desc', () => {
  const d = Object.getOwnPropertyDescriptor(DOMException.prototype, 'name');
  return [typeof d.get, d.set, d.enumerable, d.configurable];
});
t('tag', () => [DOMException.prototype[Symbol.toStringTag], DOMException.length, Object.getPrototypeOf(DOMException.prototype) === Error.prototype]);
t('bad this', () => DOMException.prototype.name);
t('bad this code', () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'code').get.call({}));
const d = new DOMException('z', 'SyntaxError');
d.extra = 1;
console.log(d);
try {
  throw new DOMException('thrown', 'InvalidStateError');
} catch (err) {
  console.log('caught', err.name, err.code, err.message);
}
