'use strict';
// Paused mode: 'readable' events, read(n) sizes, read(0), the
// highWaterMark and push() return values, objectMode.
const { Readable } = require('stream');
const { trace, log } = require('./_trace');

let n = 0;
const r = new Readable({
  highWaterMark: 4,
  read(size) {
    log('_read', size, 'len', this.readableLength);
    n++;
    if (n <= 3) log('push ->', this.push(String(n).repeat(3)));
    else this.push(null);
  },
});
trace('r', r, ['end', 'close', 'resume', 'pause']);
r.on('readable', () => {
  log('readable len', r.readableLength, 'flowing', r.readableFlowing);
  let chunk;
  while ((chunk = r.read(2)) !== null) log('read(2)', chunk);
  log('after loop len', r.readableLength);
});

// read() with a size larger than the buffer, then everything at the end.
const r2 = new Readable({ read() {} });
r2.push('hello');
r2.push(' world');
log('r2 read(3)', r2.read(3));
log('r2 read(100)', r2.read(100));
log('r2 hwm', r2.readableHighWaterMark);
log('r2 read()', r2.read());
log('r2 read(0)', r2.read(0), r2.readableLength);
r2.push(null);
log('r2 read() after eof', r2.read());
trace('r2', r2, ['end', 'close', 'readable']);

// Object mode: one object per read, whatever n.
const o = new Readable({ objectMode: true, read() {} });
log('objectMode hwm', o.readableHighWaterMark, o.readableObjectMode);
for (let i = 0; i < 17; i++) {
  if (!o.push({ i })) {
    log('push false at', i, 'len', o.readableLength);
    break;
  }
}
log('o read(5)', o.read(5));
log('o read()', o.read());
o.push(0);
o.push('');
o.push(false);
log('o len', o.readableLength);
o.push(null);
o.on('data', (d) => log('o data', d));
o.on('end', () => log('o end'));

// highWaterMark 0: data still passes one chunk at a time.
const z = new Readable({
  highWaterMark: 0,
  read() {
    log('z _read');
    this.push(this.count === undefined ? (this.count = 1, 'z') : null);
  },
});
z.on('readable', () => {
  let c;
  while ((c = z.read()) !== null) log('z read', c);
});
z.on('end', () => log('z end'));
