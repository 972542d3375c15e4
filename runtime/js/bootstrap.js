'use strict';
// Runs once per runtime, as the body of function(native). It builds the
// process object, the tick queue and the CommonJS loader, and returns the
// internal hooks the Go side calls.

const internal = { __proto__: null };
native.setInternal(internal);
// goja's own global; node has no such name (test/common checks for leaks).
delete globalThis.GoError;
internal.errors = native.errorsJS(native);
const coreCache = { __proto__: null };
const coreLoading = { __proto__: null };

function requireCore(name) {
  if (typeof name === 'string' && name.startsWith('node:')) name = name.slice(5);
  const cached = coreCache[name];
  if (cached !== undefined) return cached.exports;
  if (!native.hasCore(name)) {
    const err = new Error(`Cannot find module '${name}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  const module = { exports: {}, id: name, loaded: false };
  coreCache[name] = module;
  try {
    native.loadCore(name, module);
  } catch (e) {
    delete coreCache[name];
    throw e;
  }
  module.loaded = true;
  return module.exports;
}
internal.requireCore = requireCore;

// --- nextTick queue ---------------------------------------------------------
// Ticks run inside the same top-level call as the callback that queued them,
// so they come before the promise jobs goja drains when control returns to Go.
// The queue is flat, five slots a tick: callback, argument count, then up to
// three arguments (or, past three, their array), so that a tick makes no
// object of its own: every goja object is a map, and ticks and argument
// arrays were a fifth of what a request allocated. Slots are not cleared one
// by one: the queue is emptied when it has all run.
const tickQueue = [];
let tickHead = 0;

// While async context is tracked (AsyncLocalStorage, hooks), a tick keeps
// the context of its nextTick() call: tickWrap makes the resource that
// carries it, and the queue runs tickRun(resource). process.nextTick
// itself stays the same function, as in node.
let tickWrap, tickRun;

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    throw invalidArgType('callback', 'function', callback);
  }
  if (process._exiting) return;
  if (tickWrap !== undefined) {
    if (tickQueue.length === tickHead) native.ticksQueued();
    tickQueue.push(tickRun, 1, tickWrap(callback, args), undefined, undefined);
    return;
  }
  const argc = args.length;
  if (tickQueue.length === tickHead) native.ticksQueued();
  if (argc <= 3) tickQueue.push(callback, argc, args[0], args[1], args[2]);
  else tickQueue.push(callback, -1, args, undefined, undefined);
}

// queueTick is process.nextTick for core modules' own callbacks, with the
// arguments counted by the caller: no array is made. While a program has
// replaced process.nextTick, core modules go through its replacement, as
// node's do.
function queueTick(callback, argc, a, b, c) {
  if (process.nextTick !== nextTick || tickWrap !== undefined) {
    switch (argc) {
      case 0: return process.nextTick(callback);
      case 1: return process.nextTick(callback, a);
      case 2: return process.nextTick(callback, a, b);
      default: return process.nextTick(callback, a, b, c);
    }
  }
  if (process._exiting) return;
  if (tickQueue.length === tickHead) native.ticksQueued();
  tickQueue.push(callback, argc, a, b, c);
}
// Core modules' calls without argument arrays: queueTick here, emitWith
// (events.js adds it).
function setTickContext(wrap, run) {
  tickWrap = wrap;
  tickRun = run;
}
coreCache['internal/fast_paths'] = { loaded: true, exports: { __proto__: null, queueTick, emitWith: undefined, setTickContext } };

// While the program handles uncaught exceptions ('uncaughtException'
// listeners or a capture callback), a callback or tick that throws is handled
// where it threw, inside the same top-level call, as node handles it before
// its remaining ticks and promise jobs run: goja runs the promise jobs as
// soon as a top-level call returns, even by a throw. Without a handler the
// exception goes up to Go, which reports where it was thrown (a rethrow here
// would lose that for a thrown non-error) and ends the process.
let catchUncaught = false;
internal.refreshCatchUncaught = function refreshCatchUncaught() {
  catchUncaught = internal.uncaughtCapture !== undefined || process.listenerCount('uncaughtException') > 0;
};

// The catching drain is the plain one under a try: a processTicks entered
// while it runs (a MakeCallback from a tick) lets a throw reach it. After a
// second exception in one drain the rest waits for the next callback (or
// the empty immediate a handled exception queues), as in node, where a
// throw ends the drain: a handler that queues another throwing tick then
// cannot keep the loop from going on.
let catching = false;
let ticksDeferred = false;
function processTicksCatching() {
  catching = true;
  let thrown = 0;
  for (;;) {
    try {
      processTicks();
      break;
    } catch (err) {
      native.handleUncaught(err);
      if (++thrown === 2) {
        ticksDeferred = true;
        native.ticksDrained();
        break;
      }
    }
  }
  catching = false;
}

// tickHead moves past a tick before it runs: a tick that throws is not run
// again, and a processTicks entered from inside a tick (a MakeCallback)
// carries on from the next one.
function processTicks() {
  if (ticksDeferred) return;
  if (catchUncaught && !catching) return processTicksCatching();
  // Declared outside the loop: a block's own bindings cost goja an
  // enterBlock per iteration.
  const queue = tickQueue;
  let at = tickHead;
  let callback, argc;
  while (at < queue.length) {
    callback = queue[at];
    argc = queue[at + 1];
    tickHead = at + 5;
    if (argc === 1) callback(queue[at + 2]);
    else if (argc === 2) callback(queue[at + 2], queue[at + 3]);
    else if (argc === 0) callback();
    else if (argc === 3) callback(queue[at + 2], queue[at + 3], queue[at + 4]);
    else Reflect.apply(callback, undefined, queue[at + 2]);
    at = tickHead;
  }
  queue.length = 0;
  tickHead = 0;
  native.ticksDrained();
}
internal.processTicks = processTicks;

// handledThrow handles what a callback threw, and reports whether its
// ticks wait: an immediate that threw leaves them to the next one due in
// this check phase, as in node (see Runtime.call).
function handledThrow(err) {
  native.handleUncaught(err);
  if (!native.immediatesFollow()) return false;
  native.ticksDrained();
  return true;
}

// Go's MakeCallback: argc says how many of a, b, c were given, so fn sees
// exactly its caller's arguments without an array being made for them.
// The try costs nothing measurable, but a throw out of it must not be
// rethrown (see catchUncaught), hence the loop's two copies.
internal.makeCallback = function makeCallback(fn, recv, argc, a, b, c) {
  let r;
  ticksDeferred = false;
  if (!catchUncaught) {
    switch (argc) {
      case 0: r = fn.call(recv); break;
      case 1: r = fn.call(recv, a); break;
      case 2: r = fn.call(recv, a, b); break;
      default: r = fn.call(recv, a, b, c);
    }
  } else {
    try {
      switch (argc) {
        case 0: r = fn.call(recv); break;
        case 1: r = fn.call(recv, a); break;
        case 2: r = fn.call(recv, a, b); break;
        default: r = fn.call(recv, a, b, c);
      }
    } catch (err) {
      if (handledThrow(err)) return r;
    }
  }
  if (tickHead < tickQueue.length) processTicks();
  return r;
};

// MakeCallback with more than three arguments.
internal.makeCallbackApply = function makeCallbackApply(fn, recv, args) {
  let r;
  ticksDeferred = false;
  if (!catchUncaught) {
    r = Reflect.apply(fn, recv, args);
  } else {
    try {
      r = Reflect.apply(fn, recv, args);
    } catch (err) {
      if (handledThrow(err)) return r;
    }
  }
  if (tickHead < tickQueue.length) processTicks();
  return r;
};

// --- errors shared with Go and core modules ---------------------------------
// require('internal/errors') (core JS only): Node's coded errors, once.
const errors = { __proto__: null };
native.nodeErrorsJS(errors, requireCore, native);
coreCache['internal/errors'] = { loaded: true, exports: errors };
const { invalidArgType } = errors;
internal.nodeError = errors.makeNodeError;
internal.invalidArgType = invalidArgType;
internal.describeReceived = errors.describeReceived;

internal.isError = function isError(v) {
  return v instanceof Error || Object.prototype.toString.call(v) === '[object Error]';
};

// Node's fatal-exception printer: no custom inspectors, a deeper depth.
const kEnhanceStack = Symbol.for('gocluster.enhanceStackBeforeInspector');
internal.inspectForError = function inspectForError(v) {
  try {
    // An unhandled 'error' event adds where it was emitted, as in Node.
    if (v !== null && typeof v === 'object' && typeof v[kEnhanceStack] === 'function') {
      v.stack = v[kEnhanceStack]();
    }
    const { inspect } = requireCore('util');
    return inspect(v, { customInspect: false, depth: Math.max(inspect.defaultOptions.depth, 5) });
  } catch {
    try {
      return internal.isError(v) ? native.nodeStack(String(v.stack)) : String(v);
    } catch {
      return '[unprintable value]';
    }
  }
};

internal.UnhandledPromiseRejection = class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    let shown;
    try { shown = internal.noSideEffectsToString(reason); } catch { shown = '[unprintable value]'; }
    super('This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
      `rejected with the reason "${shown}".`);
    // Own and enumerable, as node's class fields make them.
    this.code = 'ERR_UNHANDLED_REJECTION';
    this.name = 'UnhandledPromiseRejection';
  }
};

// --- process ----------------------------------------------------------------
const EventEmitter = requireCore('events');
const process = native.makeProcess(EventEmitter);
process.nextTick = nextTick;
internal.process = process;

Object.defineProperty(globalThis, 'process', { value: process, writable: true, configurable: true, enumerable: false });
Object.defineProperty(globalThis, 'global', { value: globalThis, writable: true, configurable: true, enumerable: true });

// Signal listeners start and stop the OS signal watch, as Node's do.
const signalNames = native.signalNames();
process.on('newListener', (name) => {
  if (name === 'uncaughtException') catchUncaught = true;
  if (typeof name === 'string' && signalNames.includes(name) && process.listenerCount(name) === 0) {
    native.watchSignal(name, true);
  }
});
process.on('removeListener', (name) => {
  if (name === 'uncaughtException') internal.refreshCatchUncaught();
  if (typeof name === 'string' && signalNames.includes(name) && process.listenerCount(name) === 0) {
    native.watchSignal(name, false);
  }
});
internal.emitSignal = function emitSignal(name) {
  process.emit(name, name, native.signalNumber(name));
};

// --- globals ----------------------------------------------------------------
// A microtask that throws is an uncaught exception, not a rejection.
function queueMicrotask(callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      native.reportUncaught(err);
    }
  });
}

// Loaded on first use, so a script that never touches Buffer never pays for it.
function lazyGlobal(name, load, enumerable) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
    },
  });
}
// Node's enumerable globals, in Node's order (Object.keys(globalThis) after
// 'global'); every other global is defined hidden, as Node's are.
const enumerableGlobals = ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
  'setInterval', 'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch'];
const registeredGlobals = new Map();
for (const [name, mod, prop] of native.globals()) {
  registeredGlobals.set(name, () => (prop ? requireCore(mod)[prop] : requireCore(mod)));
}
for (const name of enumerableGlobals) {
  if (name === 'queueMicrotask') {
    Object.defineProperty(globalThis, name, { value: queueMicrotask, writable: true, configurable: true, enumerable: true });
  } else if (registeredGlobals.has(name)) {
    lazyGlobal(name, registeredGlobals.get(name), true);
  }
}
// node --expose-gc's gc(), then Web Crypto's crypto, an enumerable getter
// without a setter, as in node.
if (native.gcFunction !== undefined) {
  Object.defineProperty(globalThis, 'gc', { value: native.gcFunction, writable: true, enumerable: true, configurable: false });
}
if (registeredGlobals.has('crypto')) {
  const load = registeredGlobals.get('crypto');
  let webCrypto;
  Object.defineProperty(globalThis, 'crypto', {
    get: Object.getOwnPropertyDescriptor({
      get crypto() {
        if (webCrypto === undefined) webCrypto = load();
        return webCrypto;
      },
    }, 'crypto').get,
    enumerable: true,
    configurable: true,
  });
}
for (const [name, load] of registeredGlobals) {
  if (!enumerableGlobals.includes(name) && name !== 'crypto') lazyGlobal(name, load, false);
}

// --- CommonJS ---------------------------------------------------------------
const loader = native.loaderJS;
const Module = loader(internal, native, requireCore);
internal.Module = Module;

internal.runMain = function runMain(script, evalCode, preload, imports) {
  for (const id of preload || []) Module._preload(id);
  const run = () => {
    // -e "" runs an empty program, as node does; only no script at all means -e.
    if (evalCode || !script) {
      Module._evalMain(evalCode);
      return;
    }
    Module.runMain(script);
  };
  if (!imports || imports.length === 0) {
    run();
    return;
  }
  // --import: ES modules, each evaluated (awaited) before the next and the
  // main program; a failure anywhere is an uncaught exception, reported (as
  // node's ESM loader reports it) where the error was made.
  const fail = (err) => queueTick(native.reportModuleError, 1, err);
  Module._importPreloads(imports).then(() => {
    try {
      run();
    } catch (err) {
      fail(err);
    }
  }, fail);
};

return internal;
