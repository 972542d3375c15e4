'use strict';
// push()/unshift() edge cases and the errors they raise.
const { Readable } = require('stream');
const { trace, log } = require('./_trace');

// push after EOF: ERR_STREAM_PUSH_AFTER_EOF destroys the stream.
const a = new Readable({ read() {} });
trace('a', a, ['error', 'close', 'end']);
a.push('x');
a.push(null);
log('a push after eof', a.push('y'));
log('a destroyed', a.destroyed, a.errored && a.errored.code);

// A chunk of the wrong type.
const b = new Readable({ read() {} });
trace('b', b, ['error', 'close']);
log('b push number', b.push(42));
log('b errored', b.errored.message);

// unshift() puts data back in front; after 'end' it is an error.
const c = new Readable({ read() {} });
c.push('world');
const first = c.read(3);
log('c read', first);
c.unshift(first);
c.unshift('hello ');
log('c read all', c.read());
c.push(null);
c.on('end', () => {
  log('c end; unshift now');
  c.unshift('late');
});
trace('c', c, ['error', 'close']);
c.resume();

// Empty chunks: no data, and push() keeps asking for more.
let reads = 0;
const d = new Readable({
  read() {
    reads++;
    if (reads < 3) this.push('');
    else if (reads === 3) this.push(Buffer.alloc(0));
    else this.push(null);
  },
});
d.on('data', (x) => log('d data', x));
d.on('end', () => log('d end after reads', reads));

// Typed arrays and DataViews become Buffers; strings in other encodings.
const e = new Readable({ read() {} });
e.push(new Uint16Array([0x4241]));
e.push(new DataView(new Uint8Array([0x43]).buffer));
e.push('44', 'hex');
e.push('RQ==', 'base64');
e.push(null);
e.on('data', (x) => log('e data', x, Buffer.isBuffer(x)));

// undefined is ignored, null in objectMode ends.
const f = new Readable({ objectMode: true, read() {} });
log('f push undefined', f.push(undefined), f.readableLength);
f.push(null);
f.on('data', (x) => log('f data', x));
f.on('end', () => log('f end'));

// _read not implemented.
const g = new Readable();
trace('g', g, ['error', 'close']);
g.read();

// A throwing _read destroys the stream.
const h = new Readable({ read() { throw new Error('boom in read'); } });
trace('h', h, ['error', 'close', 'end']);
h.resume();

// push() after destroy returns false and does nothing.
const i = new Readable({ read() {} });
i.destroy();
log('i push after destroy', i.push('z'), i.readableLength);
