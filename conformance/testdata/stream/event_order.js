'use strict';
// Every event of a Readable -> Transform -> Writable pipe chain, with
// process.nextTick, microtasks and immediates interleaved, so the tick on
// which each event fires shows.
const { Readable, Transform, Writable } = require('stream');
const { trace, log } = require('./_trace');

let n = 0;
const src = new Readable({
  highWaterMark: 4,
  read(size) {
    n++;
    log(`src _read(${size}) #${n}`);
    if (n === 1) {
      this.push('ab');
      this.push('cd');
    } else if (n === 2) {
      process.nextTick(() => this.push('ef'));
    } else if (n === 3) {
      Promise.resolve().then(() => this.push('gh'));
    } else if (n === 4) {
      setImmediate(() => this.push(null));
    }
  },
});

const mid = new Transform({
  highWaterMark: 2,
  transform(chunk, enc, cb) {
    log('mid _transform', chunk);
    process.nextTick(() => log('  tick inside transform'));
    Promise.resolve().then(() => log('  microtask inside transform'));
    cb(null, chunk.toString().toUpperCase());
  },
  flush(cb) {
    log('mid _flush');
    cb();
  },
});

const dst = new Writable({
  highWaterMark: 2,
  write(chunk, enc, cb) {
    log('dst _write', chunk);
    setImmediate(() => {
      log('dst write done', chunk);
      cb();
    });
  },
  final(cb) {
    log('dst _final');
    cb();
  },
});

// No 'readable' listeners: they would switch the sources to paused mode.
const events = ['data', 'end', 'finish', 'prefinish', 'close', 'error', 'pause', 'resume', 'drain', 'pipe', 'unpipe'];
trace('src', src, events);
trace('mid', mid, events);
trace('dst', dst, events);

log('pipe');
src.pipe(mid).pipe(dst);
log('piped');
process.nextTick(() => log('first tick'));
Promise.resolve().then(() => log('first microtask'));
setImmediate(() => log('first immediate'));
dst.on('close', () => {
  process.nextTick(() => log('tick after close'));
  Promise.resolve().then(() => log('microtask after close'));
});
