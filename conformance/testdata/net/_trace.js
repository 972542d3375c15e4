'use strict';
// Helpers for the net scenarios: log a socket's or server's events with a
// short, stable description of their arguments (no ports, no timing).

const SOCKET_EVENTS = ['connect', 'ready', 'lookup', 'data', 'end', 'finish', 'close', 'error',
  'timeout', 'drain'];

function describe(v) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (Buffer.isBuffer(v)) return `<Buffer ${v.length} ${JSON.stringify(v.toString('latin1').slice(0, 20))}>`;
  if (v instanceof Error) {
    const props = ['code', 'errno', 'syscall', 'address'].filter((k) => v[k] !== undefined)
      .map((k) => `${k}=${v[k]}`);
    return `${v.name}: ${v.message}${props.length ? ` {${props.join(' ')}}` : ''}`;
  }
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object' && typeof v.on === 'function') return `<${v.constructor.name}>`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function trace(name, emitter, events = SOCKET_EVENTS) {
  for (const ev of events) {
    emitter.on(ev, (...args) => console.log(`${name} ${ev}${args.length ? ' ' + args.map(describe).join(' ') : ''}`));
  }
  return emitter;
}

module.exports = { trace, describe, SOCKET_EVENTS };

// Lines kept per side and printed side after side at exit: the order of
// events within a socket is Node's contract, while how two sockets of one
// process interleave follows libuv's loop phases, which gocluster's loop
// only approximates.
const sides = new Map();
function record(side, ...parts) {
  if (!sides.has(side)) sides.set(side, []);
  sides.get(side).push(parts.join(' '));
}
process.on('exit', () => {
  for (const side of [...sides.keys()].sort()) {
    console.log(`[${side}]`);
    for (const line of sides.get(side)) console.log(`  ${line}`);
  }
});

function traceTo(side, name, emitter, events = SOCKET_EVENTS) {
  for (const ev of events) {
    emitter.on(ev, (...args) => record(side, `${name} ${ev}${args.length ? ' ' + args.map(describe).join(' ') : ''}`));
  }
  return emitter;
}

module.exports.record = record;
module.exports.traceTo = traceTo;
