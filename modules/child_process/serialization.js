'use strict';
// The serializations of the IPC channel. "json": JSON.stringify(message) +
// '\n' out, JSON.parse of each line in; Go splits the lines. "advanced":
// each message is a 4-byte big-endian length and the message in V8's
// serialization format (typed arrays and Buffers as host objects, other
// host objects as their plain copies); Go splits the messages.

const { markThrowSite } = require('internal/errors');

const kCircular = 'Converting circular structure to JSON';

// The engine's circular-structure error is one line; V8 names the path
// that closes the circle. Rebuild that text by walking the value the way
// JSON.stringify does (toJSON, own enumerable keys, array indices).
function constructorName(obj) {
  for (let p = Object.getPrototypeOf(obj); p !== null; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, 'constructor');
    if (d && typeof d.value === 'function' && d.value.name) return d.value.name;
  }
  return 'Object';
}

function findCycle(root) {
  const stack = [];
  const onStack = new Set();
  function visit(holder, key, value, isIndex) {
    if (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
      value = value.toJSON(key);
    } else if (typeof value === 'bigint' && typeof BigInt.prototype.toJSON === 'function') {
      value = value.toJSON(key);
    }
    if (value === null || typeof value !== 'object') return null;
    if (value instanceof Number || value instanceof String || value instanceof Boolean) return null;
    if (onStack.has(value)) {
      const start = stack.findIndex((e) => e.value === value);
      return { path: stack.slice(start), closing: { key, isIndex } };
    }
    stack.push({ value, key, isIndex });
    onStack.add(value);
    let found = null;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && !found; i++) found = visit(value, String(i), value[i], true);
    } else {
      for (const k of Object.keys(value)) {
        found = visit(value, k, value[k], false);
        if (found) break;
      }
    }
    stack.pop();
    onStack.delete(value);
    return found;
  }
  return visit({ '': root }, '', root, false);
}

function circularMessage(root) {
  let cycle;
  try {
    cycle = findCycle(root);
  } catch {
    cycle = null;
  }
  if (!cycle) return kCircular;
  const name = (e) => (e.isIndex ? `index ${e.key}` : `property '${e.key}'`);
  const [first, ...rest] = cycle.path;
  const lines = [`${kCircular}`, `    --> starting at object with constructor '${constructorName(first.value)}'`];
  const step = (e) => `    |     ${name(e)} -> object with constructor '${constructorName(e.value)}'`;
  if (rest.length > 3) {
    lines.push(step(rest[0]), step(rest[1]), '    |     ...', step(rest[rest.length - 1]));
  } else {
    for (const e of rest) lines.push(step(e));
  }
  lines.push(`    --- ${name(cycle.closing)} closes the circle`);
  return lines.join('\n');
}

// The error JSON.stringify threw for message, as Node reports it.
function stringifyError(err, message) {
  if (err instanceof TypeError && err.message === kCircular) {
    err = new TypeError(circularMessage(message));
  }
  return markThrowSite(err, 'node:internal/child_process/serialization',
    "    const string = JSONStringify(message) + '\\n';", 20);
}

function stringify(message) {
  try {
    return JSON.stringify(message);
  } catch (err) {
    throw stringifyError(err, message);
  }
}

const json = {
  // A line Go dropped for being longer than any string can be, or one Go's
  // parser left to JSON.parse (lines are parsed in Go as they arrive).
  parse(line) {
    if (line === null) throw new RangeError('Invalid string length');
    return JSON.parse(line);
  },
  // Returns 0 (written), 1 (queued: the channel's onwritecomplete follows)
  // or a negative errno. Go stringifies and sends in one call; deferrable
  // lets it send the line with the next write.
  write(channel, message, fd, owned, deferrable) {
    const r = channel.writeJSON(message, fd, owned, deferrable);
    if (typeof r === 'number') return r;
    throw stringifyError(r[0], message);
  },
};

// v8 loads with the first advanced channel.
let serdes;
function advancedClasses() {
  if (serdes !== undefined) return serdes;
  const v8 = require('v8');
  const kArrayBufferViewTag = 0;
  const kNotArrayBufferViewTag = 1;
  class ChildProcessSerializer extends v8.DefaultSerializer {
    _writeHostObject(object) {
      if (ArrayBuffer.isView(object)) {
        this.writeUint32(kArrayBufferViewTag);
        return super._writeHostObject(object);
      }
      this.writeUint32(kNotArrayBufferViewTag);
      this.writeValue({ ...object });
    }
  }
  class ChildProcessDeserializer extends v8.DefaultDeserializer {
    _readHostObject() {
      const tag = this.readUint32();
      if (tag === kArrayBufferViewTag) return super._readHostObject();
      if (tag !== kNotArrayBufferViewTag) throw new Error('Unable to deserialize cloned data.');
      return this.readValue();
    }
  }
  serdes = { ChildProcessSerializer, ChildProcessDeserializer };
  return serdes;
}

const advanced = {
  // buf: one message's bytes, without the length (Go took it off).
  parse(buf) {
    if (buf === null) throw new RangeError('Invalid string length');
    const der = new (advancedClasses().ChildProcessDeserializer)(buf);
    der.readHeader();
    return der.readValue();
  },
  write(channel, message, fd, owned) {
    const ser = new (advancedClasses().ChildProcessSerializer)();
    // Room for the length, filled in below.
    ser.writeRawBytes(Buffer.alloc(4));
    ser.writeHeader();
    ser.writeValue(message);
    const framed = ser.releaseBuffer();
    framed.writeUInt32BE(framed.length - 4, 0);
    return channel.writeBuffer(framed, fd, owned);
  },
};

module.exports = { json, advanced, stringify, circularMessage };
