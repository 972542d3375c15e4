'use strict';
// The cursor and screen helpers of readline (ANSI escape sequences written
// to a stream), and emitKeypressEvents, which turns a stream's data into
// 'keypress' events for printable keys, control keys and the cursor keys.

const { nodeError, validateFunction } = require('internal/errors');

const CSI = '\x1b[';

function done(stream, data, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || data === '') {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'x' is invalid. Received NaN`);
  if (Number.isNaN(y)) throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'y' is invalid. Received NaN`);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return done(null, '', callback);
  if (typeof x !== 'number') throw nodeError(TypeError, 'ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column');
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return done(stream, data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return done(stream, data, callback);
}

// dir < 0: to the left of the cursor, > 0: to the right, 0: the whole line.
function clearLine(stream, dir, callback) {
  const type = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return done(stream, type, callback);
}

function clearScreenDown(stream, callback) {
  return done(stream, `${CSI}0J`, callback);
}

const cursorKeys = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };
const named = { '\r': 'return', '\n': 'enter', '\t': 'tab', '\b': 'backspace', '\x7f': 'backspace', '\x1b': 'escape', ' ': 'space' };

// keys splits s into [sequence, key] pairs.
function keys(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const key = { sequence: ch, name: undefined, ctrl: false, meta: false, shift: false };
    const m = ch === '\x1b' ? /^\x1b\[([ABCDHF])/.exec(s.slice(i)) : null;
    if (m) {
      key.sequence = m[0];
      key.name = cursorKeys[m[1]];
      key.code = `[${m[1]}`;
      i += m[0].length - 1;
    } else if (named[ch]) {
      key.name = named[ch];
    } else if (ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[a-z0-9]$/.test(ch)) {
      key.name = ch;
    } else if (/^[A-Z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = true;
    }
    out.push([key.sequence.length === 1 ? key.sequence : undefined, key]);
  }
  return out;
}

const kKeypressDecoder = Symbol('keypress-decoder');

function emitKeypressEvents(stream) {
  if (stream[kKeypressDecoder]) return;
  const { StringDecoder } = require('string_decoder');
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  function onData(b) {
    if (stream.listenerCount('keypress') > 0) {
      const s = stream[kKeypressDecoder].write(b);
      for (const [str, key] of keys(s)) stream.emit('keypress', str, key);
    } else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { cursorTo, moveCursor, clearLine, clearScreenDown, emitKeypressEvents };
