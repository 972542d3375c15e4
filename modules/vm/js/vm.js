'use strict';
// Body of function(exports, require, module, binding): require('vm'). How
// contexts work (a sandbox behind a global proxy in the one goja realm) is
// explained in vm.go.

const {
  invalidArgType, invalidArgValue, validateObject, validateString, validateBoolean,
  validateInteger, validateArray,
} = require('internal/errors');

// A context's sandbox -> its global proxy.
const contexts = new WeakMap();

const kDefaultFilename = 'evalmachine.<anonymous>';
// Code run in a context sees the sandbox through the proxy that is `this`.
// Its top-level functions are the with block's own: a declaration after the
// code (which leaves the code's completion value alone) copies them to the
// sandbox.
const kContextHead = 'with (this) { ';

function contextTail(functions) {
  if (functions.length === 0) return '\n}';
  return `\nlet $vm$functions = [${functions.map((f) => `this.${f} = ${f}`).join(', ')}];\n}`;
}

const kInt32Min = -(2 ** 31);
const kInt32Max = 2 ** 31 - 1;

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function validateCachedData(cachedData, name) {
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw invalidArgType(name, ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
}

// The options Script and compileFunction share; offsets is [name, value]
// pairs in the order each checks them.
function validateSourceOptions(filename, offsets, cachedData, produceCachedData) {
  validateString(filename, 'options.filename');
  for (const [name, value] of offsets) validateInteger(value, `options.${name}`, kInt32Min, kInt32Max);
  validateCachedData(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
}

function cachedBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
}

// Positive offsets move the code down and right as node's do: blank lines
// and spaces before it. Node also takes negative ones; here they count as 0.
function placeSource(code, lineOffset, columnOffset) {
  return '\n'.repeat(Math.max(lineOffset, 0)) + ' '.repeat(Math.max(columnOffset, 0)) + code;
}

const sourceMapComment = /\/[*/][#@]\s*sourceMappingURL=([^\s'"*]+)\s*(?:\*\/\s*)?$/;

function sourceMapURL(code) {
  const m = sourceMapComment.exec(code);
  return m === null ? undefined : m[1];
}

class Script {
  #source;
  #filename;
  #programs = new Map(); // head -> compiled program

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = kDefaultFilename,
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
    } = options;
    validateSourceOptions(filename, [['lineOffset', lineOffset], ['columnOffset', columnOffset]],
      cachedData, produceCachedData);
    this.#source = placeSource(code, lineOffset, columnOffset);
    this.#filename = filename;
    // The main context's form compiles now, so that a SyntaxError is the
    // constructor's; a context's form compiles on its first run.
    this.#program('', '');
    if (cachedData !== undefined) {
      this.cachedDataRejected = !binding.checkCachedData(cachedBytes(cachedData), code);
    }
    if (produceCachedData) {
      this.cachedData = binding.cachedData(code);
      this.cachedDataProduced = true;
    }
    this.sourceMapURL = sourceMapURL(code);
  }

  #program(head, tail) {
    let prg = this.#programs.get(head);
    if (prg === undefined) {
      if (tail === null) tail = contextTail(binding.topFunctions(this.#source));
      prg = binding.compile(this.#filename, head, this.#source, tail);
      this.#programs.set(head, prg);
    }
    return prg;
  }

  createCachedData() {
    return binding.cachedData(this.#source);
  }

  runInThisContext(options) {
    const { timeout } = runOptions(options);
    return binding.run(this.#program('', ''), undefined, timeout);
  }

  runInContext(contextifiedObject, options) {
    const global = contextGlobal(contextifiedObject);
    const { timeout } = runOptions(options);
    return binding.run(this.#program(kContextHead, null), global, timeout);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, contextOptions(options));
    return this.runInContext(context, options);
  }
}

function runOptions(options = {}) {
  validateObject(options, 'options');
  const { timeout, displayErrors = true, breakOnSigint = false } = options;
  if (timeout !== undefined) validateInteger(timeout, 'options.timeout', 1, 2 ** 32 - 1);
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout: timeout === undefined ? 0 : timeout };
}

function contextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return undefined;
  return {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: options.contextCodeGeneration,
    microtaskMode: options.microtaskMode,
  };
}

function isContext(object) {
  validateObject(object, 'object', true);
  return contexts.has(object);
}

function contextGlobal(contextifiedObject) {
  const global = contextifiedObject !== null && typeof contextifiedObject === 'object' ?
    contexts.get(contextifiedObject) : undefined;
  if (global === undefined) {
    throw invalidArgType('contextifiedObject', 'vm.Context', contextifiedObject);
  }
  return global;
}

const constants = Object.freeze(Object.setPrototypeOf({
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
}, null));

function createContext(contextObject = {}, options = {}) {
  if (contextObject === constants.DONT_CONTEXTIFY) contextObject = {};
  validateObject(contextObject, 'object', true);
  if (contexts.has(contextObject)) return contextObject;
  validateObject(options, 'options');
  const { name, origin, codeGeneration, microtaskMode } = options;
  if (name !== undefined) validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.codeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  if (microtaskMode !== undefined && microtaskMode !== 'afterEvaluate') {
    throw invalidArgValue('options.microtaskMode', microtaskMode, "must be 'afterEvaluate' or undefined");
  }
  contexts.set(contextObject, binding.contextGlobal(contextObject));
  return contextObject;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, contextOptions(options));
  return createScript(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

// One object whose scope lookups go through the extensions, last first,
// then the context's global: compileFunction's code sees it through with.
function scopeChain(objects) {
  const find = (key) => {
    for (let i = objects.length - 1; i >= 0; i--) {
      if (Reflect.has(objects[i], key)) return objects[i];
    }
    return undefined;
  };
  return new Proxy(Object.create(null), {
    has: (target, key) => typeof key === 'string' && find(key) !== undefined,
    get: (target, key) => {
      if (typeof key !== 'string') return undefined; // Symbol.unscopables
      const o = find(key);
      return o === undefined ? undefined : o[key];
    },
    set: (target, key, value) => {
      const o = find(key);
      if (o === undefined) return false;
      o[key] = value;
      return true;
    },
  });
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData,
    produceCachedData = false,
    parsingContext,
    contextExtensions = [],
  } = options;
  validateSourceOptions(filename, [['columnOffset', columnOffset], ['lineOffset', lineOffset]],
    cachedData, produceCachedData);
  if (parsingContext !== undefined) {
    if (parsingContext === null || typeof parsingContext !== 'object' || !contexts.has(parsingContext)) {
      throw invalidArgType('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((e, i) => validateObject(e, `options.contextExtensions[${i}]`, true));

  const scopes = parsingContext === undefined ? [] : [contexts.get(parsingContext)];
  scopes.push(...contextExtensions);
  const inner = `return function (${params.join(', ')}) {`;
  const head = scopes.length === 0 ? `(function () { ${inner}` : `(function ($vm) { with ($vm) { ${inner}`;
  const tail = scopes.length === 0 ? '\n}})' : '\n}}})';
  const source = placeSource(code, lineOffset, columnOffset);
  const make = binding.run(binding.compile(filename, head, source, tail), undefined, 0);
  const fn = make(scopes.length === 0 ? undefined : scopeChain(scopes));
  if (cachedData !== undefined) {
    fn.cachedDataRejected = !binding.checkCachedData(cachedBytes(cachedData), code);
  }
  if (produceCachedData) {
    fn.cachedDataProduced = true;
    fn.cachedData = binding.cachedData(code);
  }
  return fn;
}

let warnedMeasureMemory = false;

function measureMemory(options = {}) {
  if (!warnedMeasureMemory) {
    warnedMeasureMemory = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  if (mode !== 'summary' && mode !== 'detailed') {
    throw invalidArgValue('options.mode', mode, "must be one of: 'summary', 'detailed'");
  }
  if (execution !== 'default' && execution !== 'eager') {
    throw invalidArgValue('options.execution', execution, "must be one of: 'default', 'eager'");
  }
  return new Promise((resolve) => {
    const measure = () => {
      // One realm: the main context's estimate is the whole heap's.
      const bytes = binding.heapBytes();
      const total = { jsMemoryEstimate: bytes, jsMemoryRange: [bytes, bytes] };
      if (mode === 'summary') resolve({ total });
      else resolve({ total, current: { ...total, jsMemoryRange: [bytes, bytes] }, other: [] });
    };
    // V8 measures at the next collection unless asked to now.
    if (execution === 'eager') measure();
    else binding.afterGC(measure);
  });
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
