'use strict';
// Body of function(exports, require, module, binding): Node's tty module.
// A terminal's stream is a net.Socket whose handle is the pipe (or TCP)
// handle over its fd, given the terminal calls of libuv's TTY handle.

const net = require('net');
const { Pipe, constants: PipeConstants } = require('internal/pipe_wrap');
const { TCP, constants: TCPConstants } = require('internal/tcp_wrap');
const { makeNodeError, systemError, invalidArgValue, validateFunction, validateInteger } = require('internal/errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isTTY(fd);
}

function invalidFd(fd) {
  return makeNodeError(RangeError, 'ERR_INVALID_FD', `"fd" must be a positive integer: ${fd}`);
}


// ttyHandle opens fd as libuv's uv_tty_init would accept it (a terminal,
// a pipe or a socket, not a file), or throws ERR_TTY_INIT_FAILED.
function ttyHandle(fd) {
  const type = binding.guessHandleType(fd);
  let handle = null;
  let err = -22; // EINVAL, as uv_tty_init returns for files
  if (type === 'TCP') handle = new TCP(TCPConstants.SOCKET);
  else if (type === 'TTY' || type === 'PIPE') handle = new Pipe(PipeConstants.SOCKET);
  if (handle !== null) err = handle.open(fd);
  if (err) {
    if (handle !== null) handle.close();
    const [code, message] = require('util').getSystemErrorMap().get(err) || ['UNKNOWN', 'unknown error'];
    throw systemError('ERR_TTY_INIT_FAILED', 'TTY initialization failed',
      { errno: err, code, message, syscall: 'uv_tty_init' });
  }
  handle.getWindowSize = (size) => binding.getWindowSize(fd, size);
  handle.setRawMode = (flag) => binding.setRawMode(fd, flag);
  handle.setBlocking = (flag) => binding.setBlocking(fd, flag);
  return handle;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  if (fd >> 0 !== fd || fd < 0) throw invalidFd(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle: ttyHandle(fd), manualStart: true, ...options });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = Boolean(flag);
  const err = this._handle ? this._handle.setRawMode(flag) : 0;
  if (err) {
    this.emit('error', require('util')._errnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  if (fd >> 0 !== fd || fd < 0) throw invalidFd(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle: ttyHandle(fd), manualStart: true });
  // Terminal output is written synchronously, as in Node, so that it
  // neither interleaves with nor is lost to other writers of the fd.
  this._handle.setBlocking(true);
  const size = [0, 0];
  if (!this._handle.getWindowSize(size)) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;

// --- colours (the levels chalk and supports-color use) --------------------

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// Terminals by $TERM, from dircolors and the terminals' own documentation.
const termColors = {
  __proto__: null,
  eterm: COLORS_16, cons25: COLORS_16, console: COLORS_16, cygwin: COLORS_16, dtterm: COLORS_16,
  gnome: COLORS_16, hurd: COLORS_16, jfbterm: COLORS_16, konsole: COLORS_16, kterm: COLORS_16,
  mlterm: COLORS_16, mosh: COLORS_16m, putty: COLORS_16, st: COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m, terminator: COLORS_16m,
};
const termPatterns = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];
const ciNames = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

let warnedForced = false;
function warnIgnoredColorEnv(env) {
  if (warnedForced) return;
  const names = ['NODE_DISABLE_COLORS', 'NO_COLOR'].filter((n) => env[n] !== undefined);
  if (names.length === 0) return;
  process.emitWarning(`The '${names.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`,
    'Warning');
  warnedForced = true;
}

function forcedDepth(env) {
  switch (env.FORCE_COLOR) {
    case '': case '1': case 'true': warnIgnoredColorEnv(env); return COLORS_16;
    case '2': warnIgnoredColorEnv(env); return COLORS_256;
    case '3': warnIgnoredColorEnv(env); return COLORS_16m;
    default: return COLORS_2;
  }
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) return forcedDepth(env);
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    return ciNames.some((name) => name in env) || env.CI_NAME === 'codeship' ? COLORS_256 : COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? COLORS_256 : COLORS_16m;
    case 'HyperTerm': case 'MacTerm': return COLORS_16m;
    case 'Apple_Terminal': return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (termColors[term]) return termColors[term];
    if (termPatterns.some((p) => p.test(term))) return COLORS_16;
  }
  return env.COLORTERM ? COLORS_16 : COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

WriteStream.prototype._refreshSize = function _refreshSize() {
  const size = [0, 0];
  const err = this._handle.getWindowSize(size);
  if (err) {
    this.emit('error', require('util')._errnoException(err, 'getWindowSize'));
    return;
  }
  if (this.columns !== size[0] || this.rows !== size[1]) {
    this.columns = size[0];
    this.rows = size[1];
    this.emit('resize');
  }
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

// --- cursor control (readline's, which these methods call in Node) --------

const CSI = '\x1b[';

function done(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw invalidArgValue('x', x);
  if (Number.isNaN(y)) throw invalidArgValue('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return done(callback);
  return stream.write(typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (stream == null || !(dx || dy)) return done(callback);
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return done(callback);
  const code = dir < 0 ? '1K' : dir > 0 ? '0K' : '2K';
  return stream.write(`${CSI}${code}`, callback);
}

WriteStream.prototype.cursorTo = function (x, y, callback) { return cursorTo(this, x, y, callback); };
WriteStream.prototype.moveCursor = function (dx, dy, callback) { return moveCursor(this, dx, dy, callback); };
WriteStream.prototype.clearLine = function (dir, callback) { return clearLine(this, dir, callback); };
WriteStream.prototype.clearScreenDown = function (callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  return this.write(`${CSI}0J`, callback);
};

Object.assign(exports, { isatty, ReadStream, WriteStream });
