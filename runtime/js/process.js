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

let exitCode;
Object.defineProperty(process, 'exitCode', {
  get() { return exitCode; },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      if (!Number.isInteger(value)) {
        throw internal.invalidArgType('code', 'integer', code);
      }
    }
    exitCode = code;
  },
  enumerable: true,
  configurable: false,
});

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  process._exit(process.exitCode === undefined || process.exitCode === null ? 0 : +process.exitCode | 0);
};
process.reallyExit = (code) => process._exit(code | 0);
process.abort = () => native.abort();

process.hrtime = function hrtime(prev) {
  const ns = process._hrtimeNanos();
  let sec = Math.floor(ns / 1e9);
  let nsec = ns - sec * 1e9;
  if (prev !== undefined) {
    if (!Array.isArray(prev)) throw internal.invalidArgType('time', 'an instance of Array', prev);
    if (prev.length !== 2) {
      throw internal.nodeError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "time" is out of range. It must be 2. Received ${prev.length}`);
    }
    sec -= prev[0];
    nsec -= prev[1];
    if (nsec < 0) { sec -= 1; nsec += 1e9; }
  }
  return [sec, nsec];
};
process.hrtime.bigint = function bigint() { return BigInt(process._hrtimeNanos()); };

// Built in node's key order (the Go side hands over a map).
process.memoryUsage = function memoryUsage() {
  const m = process._rawMemoryUsage();
  return { rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
};
process.memoryUsage.rss = function rss() { return process._rss(); };

process.cpuUsage = function cpuUsage(prev) {
  const r = process._rusage();
  const out = { user: r.userCPUTime, system: r.systemCPUTime };
  if (prev !== undefined) {
    if (prev === null || typeof prev !== 'object') throw internal.invalidArgType('prevValue', 'object', prev);
    out.user -= prev.user;
    out.system -= prev.system;
  }
  return out;
};
process.resourceUsage = function resourceUsage() { return process._rusage(); };

const ids = () => process._ids();
process.getuid = () => ids()[0];
process.geteuid = () => ids()[1];
process.getgid = () => ids()[2];
process.getegid = () => ids()[3];
process.getgroups = () => process._groups();

process.kill = function kill(pid, sig = 'SIGTERM') {
  if (pid != (pid | 0)) throw internal.invalidArgType('pid', 'number', pid);
  let num = sig;
  if (typeof sig === 'string') {
    num = native.signalNumber(sig);
    if (!num) {
      throw internal.nodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
    }
  } else if (typeof sig !== 'number') {
    throw internal.invalidArgType('signal', 'string or number', sig);
  }
  const rc = process._kill(pid, num);
  if (rc !== 0) {
    const e = new Error(`kill ${native.errnoName(-rc)}`);
    e.errno = rc;
    e.code = native.errnoName(-rc);
    e.syscall = 'kill';
    throw e;
  }
  return true;
};

// Warnings print once per process with the hint line, as Node does.
let warnedHint = false;
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
  if (type !== undefined && typeof type !== 'string') throw internal.invalidArgType('type', 'string', type);
  if (typeof code === 'function') { ctor = code; code = undefined; }
  if (code !== undefined && typeof code !== 'string') throw internal.invalidArgType('code', 'string', code);
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw internal.invalidArgType('warning', 'string or an instance of Error', warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  process.nextTick(() => {
    process.emit('warning', warning);
  });
};

process.on('warning', function printWarning(warning) {
  const tag = warning.code ? `[${warning.code}] ` : '';
  let msg = `(node:${process.pid}) ${tag}${warning.name}: ${warning.message}\n`;
  if (warning.detail) msg += `${warning.detail}\n`;
  if (!warnedHint) {
    warnedHint = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    msg += `(Use \`node ${flag} ...\` to show where the warning was created)\n`;
  }
  // Through the console, as Node's: a replaced process.stderr.write sees it.
  internal.requireCore('console').error(msg.slice(0, -1));
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

process.binding = function binding(name) {
  throw internal.nodeError(Error, 'ERR_INVALID_MODULE', `No such module: ${name}`);
};
process.allowedNodeEnvironmentFlags = new Set();
process.report = { getReport: () => ({ header: { glibcVersionRuntime: '2.36' } }) };
