'use strict';
// internal/test/binding as node --expose-internals shows it:
// internalBinding(name) for the bindings gocluster has under node's names
// and with node's behaviour (util's, so far). Body of a function (exports,
// require, module, binding).

process.emitWarning('These APIs are for internal testing only. Do not use them.',
  'internal/test/binding');

// Node's v8::PropertyFilter values, as its util binding exports them.
const ALL_PROPERTIES = 0;
const ONLY_ENUMERABLE = 2;

// The util.types checks node's util binding also carries.
const typeChecks = [
  'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction', 'isDataView', 'isDate', 'isExternal',
  'isMap', 'isMapIterator', 'isNativeError', 'isPromise', 'isRegExp', 'isSet', 'isSetIterator',
  'isTypedArray', 'isUint8Array', 'isAnyArrayBuffer',
];

let util;

function utilBinding() {
  if (util !== undefined) return util;
  // The walk first: it and inspect_describe need each other, in that order.
  binding.load('inspect_walk');
  const { ownNonIndexKeys } = binding.load('inspect_describe');
  util = {
    // (proxy) and (proxy, true) give [target, handler]; (proxy, false) the
    // target; anything but a proxy, undefined.
    getProxyDetails(value, showProxy) {
      return binding.getProxyDetails(value, arguments.length < 2 || showProxy === true);
    },
    getPromiseDetails: binding.getPromiseDetails,
    previewEntries: binding.previewEntries,
    getConstructorName: binding.getConstructorName,
    getOwnNonIndexProperties(value, filter) {
      return ownNonIndexKeys(value, (filter & ONLY_ENUMERABLE) === 0);
    },
    sleep: binding.sleep,
    constants: { kPending: 0, kFulfilled: 1, kRejected: 2, ALL_PROPERTIES, ONLY_ENUMERABLE },
  };
  for (const name of typeChecks) util[name] = binding.types[name];
  return util;
}

function internalBinding(name) {
  if (name === 'util') return utilBinding();
  throw new Error(`No such binding: ${name}`);
}

Object.assign(exports, { internalBinding });
