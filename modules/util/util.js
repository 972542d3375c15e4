'use strict';
// The public `util` module. The heavy parts live in internal/*.js and are
// loaded through binding.load(name).

const { inspect } = binding.load('inspect');
const { format, formatWithOptions } = binding.load('format');
const types = binding.load('types');
const errors = binding.load('errors');
const { debuglog } = binding.load('debuglog');
const {
  invalidArgType, outOfRange, makeNodeError,
  validateFunction, validateString, validateNumber, validateBoolean,
} = errors;

// --- legacy type checks -----------------------------------------------------

function isBoolean(arg) { return typeof arg === 'boolean'; }
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg === null || arg === undefined; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === undefined; }
function isObject(arg) { return arg !== null && typeof arg === 'object'; }
function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}
function isFunction(arg) { return typeof arg === 'function'; }
function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}
function isBuffer(b) {
  return require('buffer').Buffer.isBuffer(b);
}

// --- inheritance and promises -----------------------------------------------

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw invalidArgType('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

const customPromisified = Symbol.for('nodejs.util.promisify.custom');
// Core modules whose callbacks take several results name them with this.
const customPromisifyArgs = Symbol.for('nodejs.util.promisify.customArgs');

function copyDescriptors(target, source) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[customPromisified]) {
    const fn = original[customPromisified];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, customPromisified, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[customPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, customPromisified, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyDescriptors(fn, original);
}
promisify.custom = customPromisified;

function falsyRejection(reason) {
  const err = makeNodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
  err.reason = reason;
  return err;
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    // The callback runs on a later tick, never inside the promise job, so a
    // throw from it is an uncaught exception and not a rejection.
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(() => cb(rej || falsyRejection(rej))));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// --- deprecation ------------------------------------------------------------

const codesWarned = new Set();

// useEmitSync is accepted for Node's signature; warnings are emitted the
// one way the runtime has.
// eslint-disable-next-line no-unused-vars
function deprecate(fn, msg, code, useEmitSync) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!process.noDeprecation && !warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// --- system errors ----------------------------------------------------------

function systemErrorName(err) {
  const entry = binding.uvErrorName(err);
  return entry !== undefined ? entry : `Unknown system error ${err}`;
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw outOfRange('err', 'a negative integer', err);
  return systemErrorName(err);
}

function getSystemErrorMap() {
  return new Map(binding.uvErrorMap());
}

function _errnoException(...args) {
  const [err, syscall, original] = args;
  const code = systemErrorName(err);
  const e = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  return e;
}

function _exceptionWithHostPort(...args) {
  const [err, syscall, address, port, additional] = args;
  const code = systemErrorName(err);
  let details = '';
  if (port && port > 0) {
    details = ` ${address}:${port}`;
  } else if (address) {
    details = ` ${address}`;
  }
  if (additional) details += ` - Local (${additional})`;
  const e = new Error(`${syscall} ${code}${details}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

// --- text helpers -----------------------------------------------------------

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return binding.load('inspect_base').stripAnsi(str);
}

function toWellFormed(str) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < str.length) {
      const n = str.charCodeAt(i + 1);
      if (n >= 0xdc00 && n <= 0xdfff) {
        i++;
        continue;
      }
    }
    out += `${str.slice(last, i)}\ufffd`;
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

function isStreamLike(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  if (stream._readableState || stream._writableState) return true;
  if (typeof stream.on !== 'function') {
    return typeof stream.getReader === 'function' || typeof stream.getWriter === 'function';
  }
  return typeof stream.write === 'function' || typeof stream.pipe === 'function';
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 :
      !['0', 'false'].includes(process.env.FORCE_COLOR);
  }
  return !!(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !isStreamLike(stream)) {
    throw invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const codesOf = (key) => {
    const codes = inspect.colors[key];
    if (codes == null) {
      const allowed = Object.keys(inspect.colors).map((k) => `'${k}'`).join(', ');
      throw errors.invalidArgValue('format', key, `must be one of: ${allowed}`);
    }
    return codes;
  };
  let left = '';
  let right = '';
  if (Array.isArray(format)) {
    for (const key of format) {
      const codes = codesOf(key);
      left += `\u001b[${codes[0]}m`;
      right = `\u001b[${codes[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const codes = codesOf(format);
  if (validateStream && (!stream || !shouldColorize(stream))) return text;
  return `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function timestamp() {
  const d = new Date();
  const pad = (n) => n.toString().padStart(2, '0');
  const t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

// --- abort helpers ----------------------------------------------------------

function validateAbortSignal(signal, name) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw invalidArgType(name, 'AbortSignal', signal);
  }
}

async function aborted(signal, resource) {
  if (signal === undefined) throw invalidArgType('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw invalidArgType('resource', 'object', resource);
  }
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(undefined), { once: true });
  });
}

function transferableAbortSignal(signal) {
  validateAbortSignal(signal, 'signal');
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

function parseEnv(content) {
  validateString(content, 'content');
  return binding.load('parse_env').parseEnv(content);
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual(a, b) {
    return binding.load('comparisons').isDeepStrictEqual(a, b);
  },
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString(input) {
    return toWellFormed(`${input}`);
  },
  get transferableAbortSignal() {
    return transferableAbortSignal;
  },
  get transferableAbortController() {
    return transferableAbortController;
  },
  get aborted() {
    return aborted;
  },
  types,
  parseEnv,
};

// Loaded on first access; the accessor is replaced by the value.
function defineLazy(target, key, load) {
  let value;
  function set(v) {
    Object.defineProperty(target, key, { writable: true, value: v });
  }
  Object.defineProperty(set, 'name', { value: `set ${key}` });
  function get() {
    if (value === undefined) {
      value = load();
      set(value);
    }
    return value;
  }
  Object.defineProperty(get, 'name', { value: `get ${key}` });
  Object.defineProperty(target, key, { configurable: true, enumerable: true, get, set });
}

defineLazy(module.exports, 'parseArgs', () => binding.load('parse_args').parseArgs);
defineLazy(module.exports, 'TextDecoder', () => globalThis.TextDecoder);
defineLazy(module.exports, 'TextEncoder', () => globalThis.TextEncoder);
defineLazy(module.exports, 'MIMEType', () => binding.load('mime').MIMEType);
defineLazy(module.exports, 'MIMEParams', () => binding.load('mime').MIMEParams);
