'use strict';
// Helpers for the stream scenarios: log every event of a stream with a
// short, stable description of its arguments.

const ALL = ['data', 'readable', 'end', 'finish', 'prefinish', 'close', 'error', 'pause', 'resume',
  'drain', 'pipe', 'unpipe'];

function describe(v) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (Buffer.isBuffer(v)) return `<Buffer ${v.toString('latin1')}>`;
  if (v instanceof Error) return `${v.name}${v.code ? `[${v.code}]` : ''}: ${v.message}`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object' && typeof v.on === 'function') return `<${v.constructor.name}>`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function trace(name, stream, events = ALL) {
  for (const ev of events) {
    stream.on(ev, (...args) => console.log(`${name} ${ev}${args.length ? ' ' + args.map(describe).join(' ') : ''}`));
  }
  return stream;
}

const log = (...a) => console.log(...a.map((v) => (typeof v === 'string' ? v : describe(v))));

module.exports = { trace, describe, log, ALL };
