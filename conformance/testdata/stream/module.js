'use strict';
// The shape of require('stream'): exports, class relations, defaults and
// the isReadable/isErrored/isDisturbed helpers.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = stream;
const { log } = require('./_trace');

log(Object.keys(stream).join(' '));
log(typeof stream, stream === Stream, stream.Stream === Stream);
log(require('stream/promises') === stream.promises, Object.keys(stream.promises).join(' '));
log(require('node:stream') === stream);
log(Object.getPrototypeOf(Readable) === Stream, Object.getPrototypeOf(Stream) === require('events'));
log(new PassThrough() instanceof Transform, new Transform() instanceof Duplex, new Duplex() instanceof Writable);
log(new Readable() instanceof Writable, new Writable() instanceof Stream, {} instanceof Writable);
log(Readable.name, Readable.length, Writable.length, Duplex.length);
log(Readable.prototype.map.name, Readable.prototype.map.length, Readable.prototype.reduce.length);
// Called without new.
log(Readable() instanceof Readable, Writable({}) instanceof Writable, PassThrough() instanceof PassThrough);

log('hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 1024);
stream.setDefaultHighWaterMark(true, 4);
log('new hwm', new Readable().readableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark);
stream.setDefaultHighWaterMark(false, 16384);
stream.setDefaultHighWaterMark(true, 16);
try {
  stream.setDefaultHighWaterMark(false, -1);
} catch (e) {
  log(e.code, e.message);
}
try {
  new Readable({ highWaterMark: 'big' });
} catch (e) {
  log(e.code, e.message);
}

const r = new Readable({ read() {} });
log('isReadable', stream.isReadable(r), 'isDisturbed', stream.isDisturbed(r), 'isErrored', stream.isErrored(r));
r.push('x');
r.read();
log('after read: isDisturbed', stream.isDisturbed(r), 'readableDidRead', r.readableDidRead);
r.on('error', () => {});
r.destroy(new Error('e'));
log('destroyed: isReadable', stream.isReadable(r), 'isErrored', stream.isErrored(r),
  'isDestroyed', stream.isDestroyed(r));
const w = new Writable({ write(c, e, cb) { cb(); } });
log('isWritable', stream.isWritable(w), stream.isReadable(w), stream.isWritable(r));
w.end();
log('ended isWritable', stream.isWritable(w));
log('non-streams', stream.isReadable({}), stream.isErrored(null), stream.isDisturbed({}));
log('_isUint8Array', stream._isUint8Array(new Uint8Array(1)), stream._isUint8Array([]));
const u = stream._uint8ArrayToBuffer(new Uint8Array([104, 105]));
log('_uint8ArrayToBuffer', Buffer.isBuffer(u), u.toString());
log(typeof require('util').promisify(stream.pipeline), require('util').promisify(stream.finished) === stream.promises.finished);
