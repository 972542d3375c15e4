'use strict';
// The work of process methods few programs call, compiled on the first
// call of one (process.js has the methods themselves): the body of
// function(process, native, internal, E), returning the functions.

function validCPUTime(num) { return typeof num === 'number' && num <= Number.MAX_SAFE_INTEGER && num >= 0; }
function cpuUsage(prevValue) {
  if (prevValue) {
    for (const key of ['user', 'system']) {
      if (validCPUTime(prevValue[key])) continue;
      if (key === 'user') E.validateObject(prevValue, 'prevValue');
      E.validateNumber(prevValue[key], `prevValue.${key}`);
      throw E.makeNodeError(RangeError, 'ERR_INVALID_ARG_VALUE',
        `The property 'prevValue.${key}' is invalid. Received ${E.inspect(prevValue[key])}`);
    }
  }
  const r = native.rusage();
  if (prevValue) return { user: r.userCPUTime - prevValue.user, system: r.systemCPUTime - prevValue.system };
  return { user: r.userCPUTime, system: r.systemCPUTime };
}

function getgroups() {
  // The effective gid is listed too, as libuv's getgroups(2) answer has it.
  const groups = native.groups();
  const egid = native.ids()[3];
  return groups.includes(egid) ? groups : [...groups, egid];
}

// The credential setters take an id or a name, as node's do.
function credentialID(id, name, isUser) {
  if (typeof id === 'number') {
    E.validateInteger(id, name, 0, 2 ** 32 - 1);
    return id;
  }
  if (typeof id !== 'string') throw E.invalidArgType(name, ['number', 'string'], id);
  const num = isUser ? native.userID(id) : native.groupID(id);
  if (num < 0) {
    throw E.makeNodeError(Error, 'ERR_UNKNOWN_CREDENTIAL',
      `${isUser ? 'User' : 'Group'} identifier does not exist: ${id}`);
  }
  return num;
}
function credentialError(errno, syscall) {
  const code = native.errnoName(errno);
  const err = new Error(`${code}, ${native.strerror(errno)}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}
const isUserID = { setegid: false, seteuid: true, setgid: false, setuid: true };
function setID(name, id) {
  const errno = native.setID(name, credentialID(id, 'id', isUserID[name]));
  if (errno) throw credentialError(errno, name);
}
function setgroups(groups) {
  E.validateArray(groups, 'groups');
  const ids = groups.map((g, i) => credentialID(g, `groups[${i}]`, false));
  const errno = native.setgroups(ids);
  if (errno) throw credentialError(errno, 'setgroups');
}
function initgroups(user, extraGroup) {
  if (typeof user !== 'number' && typeof user !== 'string') throw E.invalidArgType('user', ['number', 'string'], user);
  if (typeof extraGroup !== 'number' && typeof extraGroup !== 'string') {
    throw E.invalidArgType('extraGroup', ['number', 'string'], extraGroup);
  }
  const extra = credentialID(extraGroup, 'extraGroup', false);
  const name = typeof user === 'number' ? native.userName(user) : user;
  if (name === undefined || native.userID(name) < 0) {
    throw E.makeNodeError(Error, 'ERR_UNKNOWN_CREDENTIAL', `User identifier does not exist: ${user}`);
  }
  const errno = native.initgroups(name, extra);
  if (errno) throw credentialError(errno, 'initgroups');
}

function kill(pid, sig) {
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw E.invalidArgType('pid', 'number', pid);
  let err;
  if (sig === (sig | 0)) {
    err = process._kill(pid, sig); // 0 is the null signal: is pid alive?
  } else {
    sig ||= 'SIGTERM';
    const num = typeof sig === 'string' ? native.signalNumber(sig) : 0;
    if (!num) {
      // Formatted as node's message is (%s): an object is inspected.
      const shown = internal.requireCore('util').format('%s', sig);
      throw E.makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${shown}`);
    }
    err = process._kill(pid, num);
  }
  if (err) {
    const code = native.errnoName(-err);
    const e = new Error(`kill ${code}`);
    e.errno = err;
    e.code = code;
    e.syscall = 'kill';
    throw e;
  }
  return true;
}

// Warnings print once per process with the hint line, as Node does.
let warnedHint = false;

// --redirect-warnings appends to its file, as node's does.
function writeWarningFile(warningFile, msg) {
  const fs = internal.requireCore('fs');
  fs.appendFile(warningFile, msg, (err) => {
    if (err) process._rawDebug(msg.slice(0, -1));
  });
}

// The 'warning' listener's work (process.js checks --no-warnings).
function printWarning(warning, warningFile) {
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) msg += warning.stack;
  else msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !warnedHint) {
    warnedHint = true;
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
  }
  msg += '\n';
  if (warningFile !== undefined) {
    writeWarningFile(warningFile, msg);
    return;
  }
  // Through the console, as Node's: a replaced process.stderr.write sees it.
  internal.requireCore('console').error(msg.slice(0, -1));
}

// gocluster cannot load native addons (no dlopen without cgo): the error
// is node's for a file that is missing or no shared object, and says so
// for one that is.
function dlopen(module, filename) {
  if (arguments.length < 2) {
    throw E.makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'process.dlopen needs at least 2 arguments');
  }
  const fs = internal.requireCore('fs');
  let reason;
  try {
    const fd = fs.openSync(filename, 'r');
    const head = Buffer.alloc(64); // an ELF64 header
    const n = fs.readSync(fd, head, 0, 64, 0);
    fs.closeSync(fd);
    if (n < 64) reason = 'file too short';
    else if (head.toString('latin1', 0, 4) === '\x7fELF') reason = 'native addons cannot be loaded by gocluster';
    else reason = 'invalid ELF header';
  } catch {
    reason = 'cannot open shared object file: No such file or directory';
  }
  throw E.makeNodeError(Error, 'ERR_DLOPEN_FAILED', `${filename}: ${reason}`);
}

// process.loadEnvFile(path = '.env') adds a dotenv file's variables that
// the environment does not have yet.
function loadEnvFile(path = '.env') {
  if (typeof path !== 'string' && !(path instanceof URL) && !Buffer.isBuffer(path)) {
    throw E.invalidArgType('path', ['string', 'Buffer', 'URL'], path);
  }
  const text = internal.requireCore('fs').readFileSync(path, 'utf8');
  const parsed = internal.requireCore('util').parseEnv(text);
  for (const key of Object.keys(parsed)) {
    if (!native.envHas(key)) native.envSet(key, parsed[key]);
  }
}

// Of node's diagnostic report, the system glibc's version, which node
// reports as the one it runs on; none on a musl system, as node's there.
let glibcVersion;
function systemGlibcVersion() {
  if (glibcVersion !== undefined) return glibcVersion || undefined;
  glibcVersion = '';
  const fs = internal.requireCore('fs');
  for (const dir of [`/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu`, '/lib64', '/usr/lib64', '/lib']) {
    let text;
    try {
      text = fs.readFileSync(`${dir}/libc.so.6`, 'latin1');
    } catch {
      continue;
    }
    const m = /GNU C Library [^\n]*?version (\d+\.\d+)/.exec(text);
    if (m) glibcVersion = m[1];
    break;
  }
  return glibcVersion || undefined;
}
function getReport() {
  const version = systemGlibcVersion();
  return { header: version === undefined ? {} : { glibcVersionRuntime: version } };
}

// The warnings of --unhandled-rejections=warn, strict and
// warn-with-error-code, and of a rejection handled after it was reported
// (runtime/rejections.go decides which). The reason is shown by its stack
// when it has one of its own, else as noSideEffectsToString shows it.

// A property found along the prototype chain, only if it is a data
// property: no getter runs.
function dataProperty(obj, key) {
  for (let o = obj; o !== null; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}
// How V8 shows a value without running any of its code, which node uses
// for a rejection reason that is not an error: a primitive as String()
// gives it, a function by its source, an error as "name: message", an
// object whose toString is Object's as #<Constructor>, any other as
// [object Tag].
function noSideEffectsToString(v) {
  if (typeof v === 'symbol') return v.toString();
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return String(v);
  if (typeof v === 'function') return Function.prototype.toString.call(v);
  const toString = dataProperty(v, 'toString');
  if (internal.isError(v) || toString === Error.prototype.toString) {
    const name = dataProperty(v, 'name');
    const message = dataProperty(v, 'message');
    const n = name === undefined ? 'Error' : String(name);
    const m = message === undefined ? '' : String(message);
    return n === '' ? m : m === '' ? n : `${n}: ${m}`;
  }
  if (toString === Object.prototype.toString) {
    const ctor = dataProperty(v, 'constructor');
    const name = typeof ctor === 'function' ? dataProperty(ctor, 'name') : undefined;
    if (typeof name === 'string' && name !== '') return `#<${name}>`;
  }
  const tag = dataProperty(v, Symbol.toStringTag);
  return `[object ${typeof tag === 'string' ? tag : Object.prototype.toString.call(v).slice(8, -1)}]`;
}
function warnUnhandledRejection(uid, reason) {
  const warning = new Error('Unhandled promise rejection. This error originated either by throwing inside of an ' +
    'async function without a catch block, or by rejecting a promise which was not handled with .catch(). To ' +
    'terminate the node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` ' +
    `(see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  let stack;
  try {
    if (reason !== null && typeof reason === 'object' && Object.prototype.hasOwnProperty.call(reason, 'stack')) {
      stack = reason.stack;
    }
  } catch {
    // A throwing getter: the value is shown instead.
  }
  if (stack !== undefined) {
    warning.stack = stack;
    process.emitWarning(stack, 'UnhandledPromiseRejectionWarning');
  } else {
    process.emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
  }
  process.emitWarning(warning);
}
function warnRejectionHandled(uid) {
  const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${uid})`);
  warning.name = 'PromiseRejectionHandledWarning';
  warning.id = uid;
  process.emitWarning(warning);
}

// process.allowedNodeEnvironmentFlags: the flags node v20 takes in
// NODE_OPTIONS, in node's order.
const nodeOptionsFlags = native.nodeOptionsFlags; // runtime/nodeoptions.go

// A read-only Set over those flags whose has() takes a flag as a user may
// write it: without its dashes, with `_` for `-`, or (dashes given) with an
// `=value` after it. The Set it extends stays empty, so Set.prototype.add
// called on it changes nothing seen.
function allowedNodeEnvironmentFlags() {
  const flags = new Set(nodeOptionsFlags);
  class NodeEnvironmentFlagsSet extends Set {
    add() { return this; }
    delete() { return false; }
    clear() {}
    has(key) {
      if (typeof key !== 'string') return false;
      key = key.replace(/_/g, '-');
      if (/^--?/.test(key)) return flags.has(key.replace(/=.*$/, ''));
      return flags.has(`-${key}`) || flags.has(`--${key}`);
    }
    get size() { return flags.size; }
    forEach(callback) {
      const thisArg = arguments[1];
      for (const flag of flags) Reflect.apply(callback, thisArg, [flag, flag, this]);
    }
    entries() { return flags.entries(); }
    keys() { return flags.keys(); }
    values() { return flags.values(); }
    [Symbol.iterator]() { return flags.values(); }
  }
  Object.freeze(NodeEnvironmentFlagsSet.prototype);
  return Object.freeze(new NodeEnvironmentFlagsSet());
}

return {
  cpuUsage, getgroups, setID, setgroups, initgroups, kill, printWarning, dlopen, loadEnvFile,
  getReport, warnUnhandledRejection, warnRejectionHandled, allowedNodeEnvironmentFlags, noSideEffectsToString,
};
