'use strict';
// require('readline/promises'): the Interface whose question() returns a
// promise, and Readline, which queues cursor commands until commit().

const readline = require('readline');
const { nodeError, validateAbortSignal } = require('internal/errors');
const { cursorTo, moveCursor, clearLine, clearScreenDown } = require('internal/readline/ansi');

class Interface extends readline.Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      const signal = options && options.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(nodeError(Error, 'ABORT_ERR', 'The operation was aborted'));
          return;
        }
      }
      try {
        super.question(query, options, resolve);
      } catch (err) {
        reject(err);
      }
    });
  }
}

// Readline writes nothing until commit() (or autoCommit).
class Readline {
  constructor(stream, options = undefined) {
    this.stream = stream;
    this.autoCommit = !!(options && options.autoCommit);
    this.todo = [];
  }

  queue(data) {
    if (this.autoCommit) this.stream.write(data);
    else this.todo.push(data);
    return this;
  }

  cursorTo(x, y) {
    const sink = { write: (d) => this.queue(d) };
    cursorTo(sink, x, y);
    return this;
  }

  moveCursor(dx, dy) {
    moveCursor({ write: (d) => this.queue(d) }, dx, dy);
    return this;
  }

  clearLine(dir) {
    clearLine({ write: (d) => this.queue(d) }, dir);
    return this;
  }

  clearScreenDown() {
    clearScreenDown({ write: (d) => this.queue(d) });
    return this;
  }

  commit() {
    const data = this.todo.join('');
    this.todo = [];
    return new Promise((resolve) => this.stream.write(data, resolve));
  }

  rollback() {
    this.todo = [];
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
