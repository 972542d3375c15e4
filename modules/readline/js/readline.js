'use strict';
// require('readline'): an Interface reads its input stream line by line
// ('line' events, question(), prompt(), async iteration) and writes
// prompts to its output. Lines end at \n, \r\n or a lone \r; a \r at the
// end of one chunk and a \n at the start of the next within crlfDelay ms
// are one line end, as in Node. Terminal mode (raw input, line editing,
// history, completion) is not implemented: a TTY input is read as lines,
// as the terminal's own line discipline delivers them.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { nodeError, invalidArgType, validateAbortSignal } = require('internal/errors');
const { cursorTo, moveCursor, clearLine, clearScreenDown, emitKeypressEvents } = require('internal/readline/ansi');

const kMinCrlfDelay = 100;
const lineEnding = /\r?\n|\r(?!\n)/g;
const kQuestionCallback = Symbol('kQuestionCallback');
const kDecoder = Symbol('kDecoder');
const kLineBuffer = Symbol('kLineBuffer');
const kSawReturnAt = Symbol('kSawReturnAt');
const kOnData = Symbol('kOnData');
const kOnEnd = Symbol('kOnEnd');
const kPrompt = Symbol('kPrompt');
const kPaused = Symbol('kPaused');
const kIterator = Symbol('kIterator');
const kClosed = Symbol('kClosed');

function useAfterClose() {
  return nodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  let prompt = '> ';
  let crlfDelay;
  let historySize;
  let signal;
  if (input && input.input) {
    // An options object.
    const opts = input;
    output = opts.output;
    completer = opts.completer;
    terminal = opts.terminal;
    historySize = opts.historySize;
    signal = opts.signal;
    if (opts.prompt !== undefined) prompt = opts.prompt;
    crlfDelay = opts.crlfDelay;
    input = opts.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'completer' is invalid. Received ${completer}`);
  }
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;
  this.line = '';
  this.output = output;
  this.input = input;
  this.history = [];
  this.historySize = historySize === undefined ? 30 : historySize;
  this.removeHistoryDuplicates = false;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.terminal = !!terminal;
  this[kClosed] = false;
  this[kPrompt] = prompt;
  this[kQuestionCallback] = null;
  this[kDecoder] = new StringDecoder('utf8');
  this[kLineBuffer] = null;
  this[kSawReturnAt] = 0;
  this[kPaused] = false;
  this[kOnData] = (data) => this._normalWrite(data);
  this[kOnEnd] = () => {
    const rest = this[kDecoder].end();
    let line = this[kLineBuffer];
    if (rest) line = (line || '') + rest;
    this[kLineBuffer] = null;
    if (typeof line === 'string' && line.length > 0) this._onLine(line);
    this.close();
  };
  input.on('data', this[kOnData]);
  input.on('end', this[kOnEnd]);
  if (signal) {
    const onAborted = () => this.close();
    if (signal.aborted) process.nextTick(onAborted);
    else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() { return this.output && this.output.columns ? this.output.columns : Infinity; },
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this[kPrompt] = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this[kPrompt];
};

Interface.prototype._writeToOutput = function _writeToOutput(s) {
  if (typeof s !== 'string') throw invalidArgType('stringToWrite', 'string', s);
  if (this.output !== null && this.output !== undefined) this.output.write(s);
};

Interface.prototype.prompt = function prompt() {
  if (this[kPaused]) this.resume();
  this._writeToOutput(this[kPrompt]);
};

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => { this[kQuestionCallback] = null; };
      signal.addEventListener('abort', onAbort, { once: true });
      const inner = cb;
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        inner(answer);
      };
    }
  }
  if (this[kClosed]) throw useAfterClose();
  if (typeof cb === 'function') {
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this._oldPrompt = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }
};

Interface.prototype._onLine = function _onLine(line) {
  const cb = this[kQuestionCallback];
  if (cb) {
    this[kQuestionCallback] = null;
    this.setPrompt(this._oldPrompt);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

// _normalWrite splits input into lines, keeping a partial last line for
// the next chunk.
Interface.prototype._normalWrite = function _normalWrite(b) {
  if (b === undefined) return;
  let string = typeof b === 'string' ? b : this[kDecoder].write(b);
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (string.codePointAt(0) === 10) string = string.slice(1);
    this[kSawReturnAt] = 0;
  }
  if (this[kLineBuffer] !== null) {
    string = this[kLineBuffer] + string;
    this[kLineBuffer] = null;
  }
  lineEnding.lastIndex = 0;
  const first = lineEnding.exec(string);
  if (first === null) {
    this[kLineBuffer] = string;
    return;
  }
  this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
  const lines = [];
  let start = 0;
  for (let m = first; m !== null; m = lineEnding.exec(string)) {
    lines.push(string.slice(start, m.index));
    start = lineEnding.lastIndex;
  }
  this[kLineBuffer] = string.slice(start);
  for (const line of lines) {
    if (this[kClosed]) return;
    this._onLine(line);
  }
};

// write(data): as if data were typed on the input.
Interface.prototype.write = function write(d) {
  if (this[kClosed]) return;
  if (this[kPaused]) this.resume();
  this._normalWrite(d);
};

Interface.prototype.pause = function pause() {
  if (this[kPaused]) return;
  this.input.pause();
  this[kPaused] = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this[kPaused]) return;
  this.input.resume();
  this[kPaused] = false;
  this.emit('resume');
  return this;
};

Interface.prototype.close = function close() {
  if (this[kClosed]) return;
  this.pause();
  this.input.removeListener('data', this[kOnData]);
  this.input.removeListener('end', this[kOnEnd]);
  this[kClosed] = true;
  this.emit('close');
};

Interface.prototype.getCursorPos = function getCursorPos() {
  return { rows: 0, cols: this.line.length };
};

// Async iteration: lines queue up until read; more than 1024 waiting
// pause the input until the reader catches up.
Interface.prototype[Symbol.asyncIterator] = function asyncIterator() {
  if (this[kIterator]) return this[kIterator];
  const queue = [];
  const waiting = [];
  let done = this[kClosed];
  let error = null;
  const settle = () => {
    while (waiting.length && (queue.length || done || error)) {
      const { resolve, reject } = waiting.shift();
      if (queue.length) resolve({ value: queue.shift(), done: false });
      else if (error) reject(error);
      else resolve({ value: undefined, done: true });
    }
    if (queue.length < 1024 && this[kPaused] && !this[kClosed]) this.resume();
  };
  const onLine = (line) => {
    queue.push(line);
    if (queue.length >= 1024) this.pause();
    settle();
  };
  const onClose = () => {
    done = true;
    cleanup();
    settle();
  };
  const onError = (err) => {
    error = err;
    cleanup();
    settle();
  };
  const cleanup = () => {
    this.removeListener('line', onLine);
    this.removeListener('close', onClose);
    this.input.removeListener('error', onError);
  };
  this.on('line', onLine);
  this.on('close', onClose);
  this.input.on('error', onError);
  this[kIterator] = {
    next: () => new Promise((resolve, reject) => {
      waiting.push({ resolve, reject });
      settle();
    }),
    return: () => {
      cleanup();
      done = true;
      this.close();
      settle();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
  return this[kIterator];
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('readline/promises'); },
});
