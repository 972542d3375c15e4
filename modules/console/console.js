'use strict';
// require('console') and the global console: a Console writing to the
// process streams, everything formatted by util.formatWithOptions/inspect.

const { nodeError, invalidArgType, describeReceived } = require('internal/errors');
// console.table's renderer (and util, which it uses) loads on first use.
let renderTable;

// inspect and formatWithOptions, util's own, without the rest of util.
let utilModule;
const util = () => (utilModule ||= require('internal/util/inspect'));

const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');
const kWrite = Symbol('kWriteToConsole');
const kInspectOptions = Symbol('kGetInspectOptions');
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupWidth = Symbol('kGroupIndentWidth');
const kBindProperties = Symbol('kBindProperties');
const optionsFor = new WeakMap();

const hidden = (obj, key, value) => Object.defineProperty(obj, key, {
  value, writable: true, enumerable: false, configurable: true,
});

// Colors follow FORCE_COLOR when set, else whether the stream is a
// terminal with more than two colors. The process's own stdio streams
// keep their answer: asking the terminal costs a system call per write.
const stdioColors = new WeakMap();
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  if (!stream) return false;
  if (stream._isStdio) {
    let colors = stdioColors.get(stream);
    if (colors === undefined) {
      colors = terminalColors(stream);
      stdioColors.set(stream, colors);
    }
    return colors;
  }
  return terminalColors(stream);
}

function terminalColors(stream) {
  if (!stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function noop() {}

// The global console writes to fd 1 or 2 itself while process.stdout or
// stderr is unused (see process._stdioUnused) and not a terminal (whose
// colours its tty stream knows): the bytes and their moment are those the
// stream would write, without making it. directFd is that fd, or 0.
const kDirect = Symbol('kDirect');
const fdIsTTY = [undefined, undefined, undefined];
function directFd(self, toStdout) {
  if (self[kDirect] !== true) return 0;
  const fd = toStdout ? 1 : 2;
  if (self[toStdout ? kStdout : kStderr] !== undefined || !process._stdioUnused(fd)) return 0;
  let tty = fdIsTTY[fd];
  if (tty === undefined) tty = fdIsTTY[fd] = process._isatty(fd);
  return tty ? 0 : fd;
}

// The stream output to stdout (or stderr) goes to; null for a direct write.
function streamOf(self, toStdout) {
  if (directFd(self, toStdout) !== 0) return null;
  return toStdout ? self._stdout : self._stderr;
}

// print formats args and writes the line, looking up the way once.
function print(self, toStdout, args) {
  const fd = directFd(self, toStdout);
  const stream = fd !== 0 ? null : toStdout ? self._stdout : self._stderr;
  self[kWrite](toStdout, format(self, stream, args), fd);
}

function Console(options /* or stdout, stderr, ignoreErrors */) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout, stderr = stdout, ignoreErrors = true, colorMode = 'auto', inspectOptions, groupIndentation,
  } = options;
  for (const [name, stream] of [['stdout', stdout], ['stderr', stderr]]) {
    if (!stream || typeof stream.write !== 'function') {
      throw nodeError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM', `Console expects a writable stream instance for ${name}`);
    }
  }
  if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'colorMode' must be one of: 'auto', true, false. Received ${util().inspect(colorMode)}`);
  }
  if (groupIndentation !== undefined) {
    if (typeof groupIndentation !== 'number') throw invalidArgType('groupIndentation', 'number', groupIndentation);
    if (!Number.isInteger(groupIndentation)) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "groupIndentation" is out of range. It must be an integer. Received ${groupIndentation}`);
    }
    if (groupIndentation < 0 || groupIndentation > 1000) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received ${groupIndentation}`);
    }
  }
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object' || Array.isArray(inspectOptions)) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "options.inspectOptions" property must be of type object.${describeReceived(inspectOptions)}`);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw nodeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
        'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"');
    }
    optionsFor.set(this, inspectOptions);
  }
  // Bound from the instance's own chain, so a subclass's overrides win.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  hidden(this, '_stdout', stdout);
  hidden(this, '_stderr', stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value: (instance) => instance != null && instance[kIsConsole] === true,
  configurable: true,
});

Object.defineProperties(Console.prototype, {
  [kBindProperties]: {
    value(ignoreErrors, colorMode, groupIndentation = 2) {
      hidden(this, '_stdoutErrorHandler', writeErrorHandler(this, '_stdout'));
      hidden(this, '_stderrErrorHandler', writeErrorHandler(this, '_stderr'));
      hidden(this, '_ignoreErrors', Boolean(ignoreErrors));
      hidden(this, '_times', new Map());
      hidden(this, kCounts, new Map());
      hidden(this, kColorMode, colorMode);
      hidden(this, kIsConsole, true);
      hidden(this, kGroupIndent, '');
      hidden(this, kGroupWidth, groupIndentation);
    },
  },
  [kWrite]: {
    // fd: the direct fd when the caller knows it already.
    value(toStdout, string, fd = directFd(this, toStdout)) {
      const indent = this[kGroupIndent];
      if (indent.length !== 0) {
        if (string.includes('\n')) string = string.replace(/\n/g, `\n${indent}`);
        string = indent + string;
      }
      string += '\n';
      // A failed direct write (EPIPE) goes again through the stream,
      // which reports the error as Node's does.
      if (fd !== 0 && process._write(fd, string) === 0) return;
      const stream = toStdout ? this._stdout : this._stderr;
      if (this._ignoreErrors === false) return stream.write(string);
      // Errors writing to the console are swallowed, sync or async; a
      // stream without the EventEmitter methods fails here (and is
      // swallowed too), as in Node.
      try {
        if (stream.listenerCount('error') === 0) stream.once('error', noop);
        stream.write(string, toStdout ? this._stdoutErrorHandler : this._stderrErrorHandler);
      } catch (e) {
        if (e instanceof RangeError && /call stack/i.test(String(e.message))) throw e;
      } finally {
        stream.removeListener('error', noop);
      }
    },
  },
  [kInspectOptions]: {
    value(stream) {
      let color = this[kColorMode];
      if (color === 'auto') color = shouldColorize(stream);
      const options = optionsFor.get(this);
      if (options) {
        if (options.colors === undefined) options.colors = color;
        return options;
      }
      return color ? { colors: true } : {};
    },
  },
});

function writeErrorHandler(instance, key) {
  return (err) => {
    const stream = instance[key];
    // An error already emitted needs no guard; one still to come would
    // be uncaught without it.
    const emitted = stream && stream._writableState && stream._writableState.errorEmitted;
    if (err != null && !emitted && stream && typeof stream.listenerCount === 'function' &&
        stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

// args is the caller's own rest array, so it can take the options.
function format(self, stream, args) {
  args.unshift(self[kInspectOptions](stream));
  return Reflect.apply(util().formatWithOptions, undefined, args);
}

// hh:mm:ss.mmm, m:ss.mmm, s.mmms or ms, as Node prints durations.
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [secs, millis] = seconds.toFixed(3).split('.');
    const pad = (v) => String(v).padStart(2, '0');
    const head = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${head}:${pad(secs)}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(self, name, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const d = process.hrtime(start);
  const text = formatTime(d[0] * 1000 + d[1] / 1e6);
  if (data === undefined) self.log('%s: %s', label, text);
  else self.log('%s: %s', label, text, ...data);
  return true;
}

const methods = {
  log(...args) {
    print(this, true, args);
  },
  warn(...args) {
    print(this, false, args);
  },
  dir(object, options) {
    const opts = { customInspect: false, ...this[kInspectOptions](streamOf(this, true)), ...options };
    this[kWrite](true, util().inspect(object, opts));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },
  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },
  trace: function trace(...args) {
    const err = { name: 'Trace', message: format(this, streamOf(this, false), args) };
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(err, trace);
    } else {
      err.stack = `${err.message ? `Trace: ${err.message}` : 'Trace'}\n${String(new Error().stack).split('\n').slice(2).join('\n')}`;
    }
    this.error(err.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },
  clear() {
    const stream = streamOf(this, true);
    if (stream !== null && stream.isTTY && process.env.TERM !== 'dumb') {
      stream.write('\x1b[1;1H');
      stream.write('\x1b[0J');
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    this.log(`${label}: ${n}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },
  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupWidth]);
  },
  groupEnd() {
    const indent = this[kGroupIndent];
    this[kGroupIndent] = indent.slice(0, indent.length - this[kGroupWidth]);
  },
  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "properties" argument must be an instance of Array.${describeReceived(properties)}`);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const options = this[kInspectOptions](streamOf(this, true));
    if (renderTable === undefined) renderTable = binding.loadPart('table').renderTable;
    return this.log(renderTable(tabularData, properties, options));
  },
};
methods.debug = methods.log;
methods.info = methods.log;
methods.dirxml = methods.log;
methods.error = methods.warn;
methods.groupCollapsed = methods.group;

for (const [key, fn] of Object.entries(methods)) {
  Object.defineProperty(Console.prototype, key, { value: fn, writable: true, enumerable: true, configurable: true });
}
Object.defineProperty(Console.prototype, Symbol.toStringTag, {
  value: 'console', writable: false, enumerable: false, configurable: true,
});

// The global console: a plain object (not a Console instance, though
// instanceof says so) whose methods are bound to it, with lazy streams.
function makeGlobalConsole() {
  const con = { __proto__: {} };
  for (const key of Object.keys(methods)) {
    const fn = methods[key].bind(con);
    Object.defineProperty(fn, 'name', { value: key });
    con[key] = fn;
  }
  for (const key of [kWrite, kInspectOptions, kBindProperties]) hidden(con, key, Console.prototype[key]);
  con[kBindProperties](true, 'auto');
  hidden(con, kDirect, true);
  con.Console = Console;
  // Inspector-only methods: without an inspector attached they do nothing.
  for (const name of ['profile', 'profileEnd', 'timeStamp']) {
    con[name] = { [name]() {} }[name];
  }
  con.context = function context() {
    const ctx = {};
    const names = ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile', 'profileEnd',
      'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed', 'assert', 'time',
      'timeEnd', 'timeStamp'];
    for (const name of names) {
      const target = con[name === 'dirXml' ? 'dirxml' : name];
      ctx[name] = { [name](...args) { return Reflect.apply(target, con, args); } }[name];
    }
    return ctx;
  };
  con.createTask = function createTask(name) {
    if (typeof name !== 'string' || name === '') throw new TypeError('First argument must be a non-empty string.');
    return { run(fn) { return fn(); } };
  };
  for (const [name, key, fd] of [['_stdout', kStdout, 1], ['_stderr', kStderr, 2]]) {
    Object.defineProperty(con, name, {
      // The first stream seen stays, as Node binds its streams lazily.
      get() {
        if (this[key] === undefined) hidden(this, key, fd === 1 ? process.stdout : process.stderr);
        return this[key];
      },
      set(v) { hidden(this, key, v); },
      enumerable: false,
      configurable: true,
    });
  }
  Object.defineProperty(con, Symbol.toStringTag, { value: 'console', writable: false, enumerable: false, configurable: true });
  return con;
}

module.exports = makeGlobalConsole();
