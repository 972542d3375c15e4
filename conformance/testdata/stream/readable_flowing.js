'use strict';
// Flowing mode: 'data' starts the flow on the next tick, pause()/resume()
// and their events, readableFlowing at each step, 'end' then 'close'.
const { Readable } = require('stream');
const { trace, log } = require('./_trace');

const r = new Readable({ read() {} });
trace('r', r, ['end', 'close', 'pause', 'resume', 'error']);
log('initial flowing', r.readableFlowing, 'paused', r.isPaused());
r.push('a');
r.push('b');
log('length', r.readableLength);
r.on('data', (c) => log('data', c, 'flowing', r.readableFlowing, 'len', r.readableLength));
log('after on(data) flowing', r.readableFlowing);
process.nextTick(() => {
  log('tick1');
  r.pause();
  log('paused', r.isPaused(), r.readableFlowing);
  r.push('c');
  log('length while paused', r.readableLength);
  setImmediate(() => {
    log('immediate: resume');
    r.resume();
    r.resume();
    r.push('d');
    r.push(null);
    log('ended?', r.readableEnded, r.readable);
  });
});
r.on('end', () => log('readableEnded', r.readableEnded, 'readable', r.readable, 'destroyed', r.destroyed));
r.on('close', () => log('closed', r.closed, 'destroyed', r.destroyed));
Promise.resolve().then(() => log('microtask'));

// resume() without a 'data' listener discards the data but still ends.
const r2 = new Readable({
  read() {
    this.push('x');
    this.push(null);
  },
});
trace('r2', r2, ['end', 'close', 'resume']);
r2.resume();
log('r2 flowing', r2.readableFlowing);

// Pausing before any listener keeps a later 'data' listener from flowing.
const r3 = new Readable({ read() {} });
r3.pause();
r3.on('data', (c) => log('r3 data', c));
r3.push('q');
setImmediate(() => {
  log('r3 flowing', r3.readableFlowing, r3.readableLength);
  r3.resume();
  setImmediate(() => log('r3 after resume', r3.readableLength));
});
