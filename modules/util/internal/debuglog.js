'use strict';
// util.debuglog: section loggers switched on by the NODE_DEBUG environment
// variable as it was when the process started (comma-separated names, '*'
// wildcards, case-insensitive).

const { inspect } = binding.load('inspect');
const { format, formatWithOptions } = binding.load('format');

let enabledTest;
function isEnabled(section) {
  if (enabledTest === undefined) {
    const env = binding.nodeDebug();
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .split('*').join('.*')
        .split(',').join('$|^');
      const re = new RegExp(`^${pattern}$`, 'i');
      enabledTest = (s) => re.test(s);
    } else {
      enabledTest = () => false;
    }
  }
  return enabledTest(section);
}

// As node's shouldColorize: FORCE_COLOR decides from the environment alone,
// whatever the stream (a pipe has no getColorDepth of its own).
function colorsFor(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return require('tty').WriteStream.prototype.getColorDepth() > 2;
  }
  return !!(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

const loggers = { __proto__: null };
const noop = () => {};

function loggerFor(enabled, section) {
  if (loggers[section] === undefined) {
    if (enabled) {
      const pid = process.pid;
      if (section === 'HTTP' || section === 'HTTP2') {
        process.emitWarning('Setting the NODE_DEBUG environment variable ' +
          `to '${section.toLowerCase()}' can expose sensitive ` +
          'data (such as passwords, tokens and authentication headers) ' +
          'in the resulting log.');
      }
      loggers[section] = function debug(...args) {
        const colors = colorsFor(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        process.stderr.write(format('%s %s: %s\n', section, inspect(pid, { colors }), msg));
      };
    } else {
      loggers[section] = noop;
    }
  }
  return loggers[section];
}

function debuglog(set, cb) {
  let enabled;
  const init = () => {
    set = set.toUpperCase();
    enabled = isEnabled(set);
  };
  // The section is resolved on first use, not on creation.
  let debug = (...args) => {
    init();
    debug = loggerFor(enabled, set);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

Object.assign(exports, { debuglog });
