'use strict';
// The JS half of the process object: the body of
// function(process, native, internal). Go filled the plain values already.

// There is no crypto or tls module, so no OpenSSL: the process reports
// what a node built --without-ssl reports, and code that feature-tests
// (as Node's test/common does) takes its no-crypto path.
const versions = {
  node: process.version.slice(1),
  acorn: '8.14.0',
  ada: '2.9.2',
  ares: '1.34.5',
  brotli: '1.1.0',
  cjs_module_lexer: '1.4.1',
  cldr: '47.0',
  icu: '77.1',
  llhttp: '8.1.2',
  modules: '115',
  napi: '10',
  nghttp2: '1.64.0',
  simdutf: '6.0.3',
  tz: '2025a',
  undici: '6.21.2',
  unicode: '16.0',
  uv: '1.50.0',
  uvwasi: '0.0.21',
  v8: '11.3.244.8-node.26',
  zlib: '1.3.0.1-motley-82a5fec',
};
Object.defineProperty(process, 'versions', { value: versions, enumerable: true, configurable: true, writable: false });

// Read-only all the way down, as node's (its config is parsed JSON, frozen).
function deepFreeze(o) {
  for (const v of Object.values(o)) if (v !== null && typeof v === 'object') deepFreeze(v);
  return Object.freeze(o);
}
Object.defineProperty(process, 'config', {
  value: deepFreeze({
    target_defaults: { cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [] },
    variables: {
      asan: 0, coverage: false, host_arch: process.arch, target_arch: process.arch,
      node_shared: false, node_shared_openssl: false, node_use_openssl: false,
      node_module_version: 115, napi_build_version: '10', v8_enable_i18n_support: 1,
      v8_enable_inspector: 0, icu_small: false, is_debug: 0, llvm_version: '0.0',
      node_builtin_shareable_builtins: ['deps/undici/undici.js'], node_prefix: '/usr/local', node_tag: '',
      shlib_suffix: 'so.115',
    },
  }),
  enumerable: true, configurable: true, writable: false,
});
Object.defineProperty(process, 'features', {
  value: {
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false,
    tls_ocsp: false, tls: false, cached_builtins: true, require_module: true,
  },
  enumerable: true, configurable: true, writable: false,
});

const E = internal.requireCore('internal/errors');

// The work of the methods few programs call (credentials, kill, cpuUsage,
// dlopen, loadEnvFile, printing warnings) is in process_methods.js,
// compiled on the first call of one of them.
let methods;
const work = () => (methods ??= native.processMethodsJS(process, native, internal, E));

Object.defineProperty(process, '_exiting', { value: false, enumerable: true, configurable: true, writable: true });

// exitCode and process.exit take an integer, or a string that reads as a
// finite number, as node's do.
function validateExitCode(code) {
  if (code === null || code === undefined) return;
  let value = code;
  if (typeof code === 'string' && code !== '' && Number.isFinite(+code)) value = +code;
  E.validateInteger(value, 'code');
}
let exitCode;
Object.defineProperty(process, 'exitCode', {
  get() { return exitCode; },
  set(code) {
    validateExitCode(code);
    exitCode = code;
  },
  enumerable: true,
  configurable: true,
});
const currentExitCode = () => (exitCode === undefined || exitCode === null ? 0 : +exitCode | 0);

// process.exit: the 'exit' event (once), then process.reallyExit, which a
// program may replace, as in node. A code given, even undefined, replaces
// process.exitCode: exit(undefined) ends with 0.
process.exit = function exit(code) {
  if (arguments.length !== 0) process.exitCode = code;
  native.emitExit(currentExitCode());
  process.reallyExit(currentExitCode());
};
process.reallyExit = function reallyExit(code) { native.reallyExit(code | 0); };
// A method: no prototype, not a constructor, as node's.
process.abort = { abort() { native.abort(); } }.abort;

process.hrtime = function hrtime(time) {
  const ns = native.hrtimeNanos();
  let sec = Math.floor(ns / 1e9);
  let nsec = ns - sec * 1e9;
  if (time !== undefined) {
    E.validateArray(time, 'time');
    if (time.length !== 2) throw E.outOfRange('time', 2, time.length);
    sec -= time[0];
    nsec -= time[1];
    if (nsec < 0) { sec -= 1; nsec += 1e9; }
  }
  return [sec, nsec];
};
process.hrtime.bigint = function bigint() { return BigInt(native.hrtimeNanos()); };

// Built in node's key order (the Go side hands over a map).
process.memoryUsage = function memoryUsage() {
  const m = native.rawMemoryUsage();
  return { rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
};
process.memoryUsage.rss = function rss() { return native.rss(); };
process.constrainedMemory = function constrainedMemory() { return native.constrainedMemory(); };
process.availableMemory = function availableMemory() { return native.availableMemory(); };

process.cpuUsage = function cpuUsage(prevValue) {
  return Reflect.apply(work().cpuUsage, this, arguments);
};
// In node's key order (native.rusage's map has none).
const rusageKeys = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite', 'ipcSent',
  'ipcReceived', 'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches'];
process.resourceUsage = function resourceUsage() {
  const usage = native.rusage();
  const ordered = {};
  for (const key of rusageKeys) ordered[key] = usage[key];
  return ordered;
};

const rawUmask = process.umask;
process.umask = function umask(mask) {
  if (mask !== undefined) {
    if (typeof mask === 'string') {
      if (!/^[0-7]+$/.test(mask)) {
        throw E.invalidArgValue('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
      }
      mask = parseInt(mask, 8);
    }
    E.validateInteger(mask, 'mask', 0, 2 ** 32 - 1);
  }
  return rawUmask(mask);
};

process.getuid = function getuid() { return native.ids()[0]; };
process.geteuid = function geteuid() { return native.ids()[1]; };
process.getgid = function getgid() { return native.ids()[2]; };
process.getegid = function getegid() { return native.ids()[3]; };
// Shaped as node's: getgroups and dlopen are methods (no prototype), the
// id setters anonymous functions.
process.getgroups = {
  getgroups() { return Reflect.apply(work().getgroups, this, arguments); },
}.getgroups;
for (const name of ['setegid', 'seteuid', 'setgid', 'setuid']) {
  process[name] = function(id) { return work().setID(name, id); };
}
process.setgroups = function setgroups(groups) {
  return Reflect.apply(work().setgroups, this, arguments);
};
process.initgroups = function initgroups(user, extraGroup) {
  return Reflect.apply(work().initgroups, this, arguments);
};

process.kill = function kill(pid, sig) {
  return Reflect.apply(work().kill, this, arguments);
};

// process.env is the OS environment itself, so children inherit changes;
// values become strings, and only plain data properties can be defined.
let warnedEnvValue = false;
const pendingDeprecation = () => execOption('--pending-deprecation') === true ||
  native.envGet('NODE_PENDING_DEPRECATION') === '1';
const envHandler = {
  get(target, key, receiver) {
    if (typeof key === 'string') {
      const value = native.envGet(key);
      if (value !== undefined) return value;
    }
    return Reflect.get(target, key, receiver); // Object.prototype's members
  },
  set(target, key, value) {
    if (typeof key === 'symbol' || typeof value === 'symbol') {
      throw new TypeError('Cannot convert a Symbol value to a string');
    }
    // DEP0104 is a pending deprecation: warned only under
    // --pending-deprecation, as node does.
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean' && !warnedEnvValue &&
        pendingDeprecation()) {
      warnedEnvValue = true;
      process.emitWarning('Assigning any value other than a string, number, or boolean to a process.env ' +
        'property is deprecated. Please make sure to convert the value to a string before setting ' +
        'process.env with it.', 'DeprecationWarning', 'DEP0104');
    }
    native.envSet(key, String(value));
    return true;
  },
  has(target, key) {
    if (typeof key === 'string' && native.envHas(key)) return true;
    return Reflect.has(target, key);
  },
  deleteProperty(target, key) {
    if (typeof key === 'string') native.envDelete(key);
    return true;
  },
  ownKeys() { return native.envKeys(); },
  // The environment cannot be frozen, sealed or made non-extensible; the
  // target must stay extensible for ownKeys to list variables.
  preventExtensions() { throw new TypeError('Cannot prevent extensions'); },
  getOwnPropertyDescriptor(target, key) {
    if (typeof key !== 'string') return undefined;
    const value = native.envGet(key);
    if (value === undefined) return undefined;
    return { value, writable: true, enumerable: true, configurable: true };
  },
  defineProperty(target, key, desc) {
    if (desc.get !== undefined || desc.set !== undefined) {
      throw E.makeNodeError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
        '\'process.env\' does not accept an accessor(getter/setter) descriptor');
    }
    if (!desc.configurable || !desc.writable || !desc.enumerable) {
      throw E.makeNodeError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
        '\'process.env\' only accepts a configurable, writable, and enumerable data descriptor');
    }
    return envHandler.set(target, key, desc.value);
  },
};
process.env = new Proxy({}, envHandler);

// execOption(name) is the value of --name=value or --name value in
// execArgv, true for a bare --name, undefined when absent.
function execOption(name) {
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1] !== undefined && !argv[i + 1].startsWith('-') ? argv[i + 1] : true;
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
  }
  return undefined;
}
if (execOption('--no-deprecation')) process.noDeprecation = true;
if (execOption('--throw-deprecation')) process.throwDeprecation = true;
if (execOption('--trace-deprecation')) process.traceDeprecation = true;
if (execOption('--trace-warnings')) process.traceProcessWarnings = true;
const warningsOff = execOption('--no-warnings') === true || process.env.NODE_NO_WARNINGS === '1';
const warningFile = (() => {
  const f = execOption('--redirect-warnings');
  return typeof f === 'string' && f !== '' ? f : process.env.NODE_REDIRECT_WARNINGS || undefined;
})();

process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) E.validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    E.validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    Error.captureStackTrace(w, ctor || process.emitWarning);
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw E.invalidArgType('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown from a tick, once the warnings before it are out.
    if (process.throwDeprecation) return process.nextTick(() => { throw warning; });
  }
  process.nextTick(() => {
    process.emit('warning', warning);
  });
};

// --disable-warning=X (repeatable) keeps warnings of code or name X from
// being printed; 'warning' listeners still get them, as in node.
const disabledWarnings = new Set();
for (let i = 0, argv = process.execArgv; i < argv.length; i++) {
  if (argv[i] === '--disable-warning' && i + 1 < argv.length) disabledWarnings.add(argv[++i]);
  else if (argv[i].startsWith('--disable-warning=')) disabledWarnings.add(argv[i].slice('--disable-warning='.length));
}

process.on('warning', function onWarning(warning) {
  if (warningsOff || !(warning instanceof Error)) return;
  if (disabledWarnings.size > 0 && (disabledWarnings.has(warning.code) || disabledWarnings.has(warning.name))) return;
  work().printWarning(warning, warningFile);
});

// process.stdin, stdout and stderr are streams made on first use
// (internal/process/stdio), as in Node: most programs never need the
// stream and net modules they load.
const stdioNames = ['stdin', 'stdout', 'stderr'];
const stdioStreams = [undefined, undefined, undefined];
const stdioGetters = stdioNames.map((name, fd) => {
  const get = function () {
    let stream = stdioStreams[fd];
    if (stream === undefined) {
      stdioModule ||= internal.requireCore('internal/process/stdio');
      stream = stdioStreams[fd] = stdioModule.create(fd);
    }
    return stream;
  };
  // getStdin, getStdout, getStderr, as Node names them.
  Object.defineProperty(get, 'name', { value: `get${name[0].toUpperCase()}${name.slice(1)}` });
  return get;
});
let stdioModule;
for (let fd = 0; fd < 3; fd++) {
  Object.defineProperty(process, stdioNames[fd], { get: stdioGetters[fd], enumerable: true, configurable: true });
}
// _stdioUnused(fd) says whether fd's stream was never made: then the
// global console may write to the fd itself, the same bytes at the same
// moment, without loading the stream and net modules. (A process.stdout
// replaced with defineProperty before its first use goes unseen.)
Object.defineProperty(process, '_stdioUnused', {
  value: (fd) => stdioStreams[fd] === undefined, enumerable: false, writable: true, configurable: true,
});

// process.binding (deprecated): of node's bindings, 'util' (the util.types
// checks it lists, the same functions); for any other name, node's plain
// error for a binding it does not have.
const utilBindingKeys = ['isExternal', 'isDate', 'isNativeError', 'isRegExp', 'isAsyncFunction', 'isPromise',
  'isMap', 'isSet', 'isMapIterator', 'isSetIterator', 'isArrayBuffer', 'isDataView', 'isAnyArrayBuffer',
  'isArrayBufferView', 'isTypedArray', 'isUint8Array'];
process.binding = function binding(name) {
  name = `${name}`;
  if (name === 'util') {
    // A new object each time, as node's.
    const types = internal.requireCore('util').types;
    const utilBinding = {};
    for (const key of utilBindingKeys) utilBinding[key] = types[key];
    return utilBinding;
  }
  throw new Error(`No such module: ${name}`);
};
// The text of a rejection reason in node's UnhandledPromiseRejection.
internal.noSideEffectsToString = (v) => work().noSideEffectsToString(v);
// Made on first read, as node's; assigning replaces it.
Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
  get() {
    const flags = work().allowedNodeEnvironmentFlags();
    Object.defineProperty(this, 'allowedNodeEnvironmentFlags', {
      value: flags, writable: true, enumerable: true, configurable: true,
    });
    return flags;
  },
  set(value) {
    Object.defineProperty(this, 'allowedNodeEnvironmentFlags', {
      value, writable: true, enumerable: true, configurable: true,
    });
  },
  enumerable: true,
  configurable: true,
});
// Of node's diagnostic report, only what libc detection reads (detect-libc,
// as native packages use it); process_methods.js has the lookup.
process.report = {
  getReport() { return work().getReport(); },
};

// _rawDebug writes to fd 2 at once, past streams, console and ticks.
process._rawDebug = function _rawDebug(...args) {
  native.rawDebug(internal.requireCore('util').format(...args));
};
// Node's list of what its bootstrap loaded; gocluster's core modules are
// listed as they load.
Object.defineProperty(process, 'moduleLoadList', {
  value: [], enumerable: true, configurable: true, writable: false,
});
process._linkedBinding = function _linkedBinding(name) {
  throw E.makeNodeError(Error, 'ERR_INVALID_MODULE', `No such binding was linked: ${name}`);
};
process.domain = null;

process.dlopen = {
  dlopen() { return Reflect.apply(work().dlopen, this, arguments); },
}.dlopen;

process.loadEnvFile = function loadEnvFile(path = '.env') {
  return Reflect.apply(work().loadEnvFile, this, arguments);
};

process.openStdin = function openStdin() {
  process.stdin.resume();
  return process.stdin;
};

let warnedAssert = false;
process.assert = function assert(value, message) {
  if (!warnedAssert) {
    warnedAssert = true;
    process.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.',
      'DeprecationWarning', 'DEP0100');
  }
  if (!value) throw E.makeNodeError(Error, 'ERR_ASSERTION', message || 'assertion error');
};

// An uncaught exception goes to the capture callback, when one is set,
// instead of 'uncaughtException' listeners (the Go side asks
// internal.uncaughtCapture).
internal.uncaughtCapture = undefined;
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    internal.uncaughtCapture = undefined;
    internal.refreshCatchUncaught();
    return;
  }
  if (typeof fn !== 'function') throw E.invalidArgType('fn', ['Function', 'null'], fn);
  if (internal.uncaughtCapture !== undefined) {
    throw E.makeNodeError(Error, 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
      '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
  }
  internal.uncaughtCapture = fn;
  internal.refreshCatchUncaught();
};
process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return internal.uncaughtCapture !== undefined;
};
// _fatalException(err) handles err as an uncaught exception.
process._fatalException = function _fatalException(err) {
  native.reportUncaught(err);
  return true;
};
process._tickCallback = function _tickCallback() { internal.processTicks(); };

// The warnings of --unhandled-rejections=warn, strict and
// warn-with-error-code, and of a rejection handled after it was reported
// (runtime/rejections.go decides which), are in process_methods.js.
internal.warnUnhandledRejection = function warnUnhandledRejection(uid, reason) {
  work().warnUnhandledRejection(uid, reason);
};
internal.warnRejectionHandled = function warnRejectionHandled(uid) {
  work().warnRejectionHandled(uid);
};

let sourceMapsEnabled = execOption('--enable-source-maps') === true;
Object.defineProperty(process, 'sourceMapsEnabled', {
  get() { return sourceMapsEnabled; }, enumerable: true, configurable: true,
});
process.setSourceMapsEnabled = function setSourceMapsEnabled(val) {
  E.validateBoolean(val, 'val');
  sourceMapsEnabled = val;
};

process.getBuiltinModule = function getBuiltinModule(id) {
  E.validateString(id, 'id');
  const name = id.startsWith('node:') ? id.slice(5) : id;
  if (name.startsWith('internal/') || !native.hasCore(name)) return undefined;
  return internal.requireCore(name);
};

// No inspector and no profiler: these have nothing to start or stop.
process._debugProcess = function _debugProcess(pid) { process._kill(pid, native.signalNumber('SIGUSR1')); };
process._debugEnd = function _debugEnd() {};
process._startProfilerIdleNotifier = function _startProfilerIdleNotifier() {};
process._stopProfilerIdleNotifier = function _stopProfilerIdleNotifier() {};
process.debugPort = 9229;
Object.defineProperty(process, '_preload_modules', {
  value: [], enumerable: true, configurable: true, writable: false,
});

// The title is argv[0] as the process was started (node's libuv reads it
// so), or --title's; setting it renames the process for ps and top.
let title = typeof execOption('--title') === 'string' ? execOption('--title') : process.argv0;
Object.defineProperty(process, 'title', {
  get() { return title; },
  set(value) {
    title = String(value);
    native.setTitle(title);
  },
  enumerable: true, configurable: true,
});
if (title !== process.argv0) native.setTitle(title);

// process's prototype is a 'process' object over EventEmitter.prototype,
// as node's.
{
  const EventEmitter = internal.requireCore('events');
  const ProcessConstructor = function process() {};
  ProcessConstructor.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: ProcessConstructor, writable: true, enumerable: false, configurable: true },
  });
  Object.setPrototypeOf(process, ProcessConstructor.prototype);
  Object.defineProperty(process, Symbol.toStringTag, {
    value: 'process', writable: false, enumerable: false, configurable: true,
  });
}

// Own keys in node's order; members of gocluster's own are hidden.
// (mainModule comes last, when the main module loads.)
const nodeKeyOrder = ['version', 'versions', 'arch', 'platform', 'release', '_rawDebug', 'moduleLoadList',
  'binding', '_linkedBinding', '_events', '_eventsCount', '_maxListeners', 'domain', '_exiting', 'exitCode',
  'config', 'dlopen', 'uptime', '_getActiveRequests', '_getActiveHandles', 'getActiveResourcesInfo',
  'reallyExit', '_kill', 'loadEnvFile', 'cpuUsage', 'resourceUsage', 'memoryUsage', 'constrainedMemory',
  'availableMemory', 'kill', 'exit', 'hrtime', 'openStdin', 'getuid', 'geteuid', 'getgid', 'getegid',
  'getgroups', 'allowedNodeEnvironmentFlags', 'assert', 'features', '_fatalException',
  'setUncaughtExceptionCaptureCallback', 'hasUncaughtExceptionCaptureCallback', 'emitWarning', 'nextTick',
  '_tickCallback', 'sourceMapsEnabled', 'setSourceMapsEnabled', 'getBuiltinModule', '_debugProcess',
  '_debugEnd', '_startProfilerIdleNotifier', '_stopProfilerIdleNotifier', 'stdout', 'stdin', 'stderr',
  'abort', 'umask', 'chdir', 'cwd', 'initgroups', 'setgroups', 'setegid', 'seteuid', 'setgid', 'setuid',
  'env', 'title', 'argv', 'execArgv', 'pid', 'ppid', 'execPath', 'debugPort', 'argv0', '_preload_modules',
  'report'];
const fixedKeys = ['exitCode', 'features', 'argv0'];
internal.orderProcessKeys = function orderProcessKeys() {
  const descriptors = Object.getOwnPropertyDescriptors(process);
  for (const key of Object.keys(descriptors)) delete process[key];
  for (const key of nodeKeyOrder) {
    const d = descriptors[key];
    if (d === undefined) continue;
    delete descriptors[key];
    if (fixedKeys.includes(key)) {
      d.configurable = false;
      if ('value' in d) d.writable = false;
    }
    Object.defineProperty(process, key, d);
  }
  for (const key of Object.keys(descriptors)) {
    Object.defineProperty(process, key, { ...descriptors[key], enumerable: false });
  }
  for (const sym of Object.getOwnPropertySymbols(descriptors)) Object.defineProperty(process, sym, descriptors[sym]);
};
// bootstrap sets nextTick after this; a placeholder keeps its place.
process.nextTick = undefined;
internal.orderProcessKeys();
