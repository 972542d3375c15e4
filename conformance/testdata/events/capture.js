'use strict';
// captureRejections routes a rejected listener promise to 'error' or to
// Symbol.for('nodejs.rejection').
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;

console.log(captureRejectionSymbol === Symbol.for('nodejs.rejection'), EventEmitter.captureRejections);

const a = new EventEmitter({ captureRejections: true });
a.on('go', async (x) => { throw new Error(`rejected ${x}`); });
a.on('error', (err) => console.log('a error:', err.message));
a.emit('go', 1);
console.log('after emit a');

class WithHook extends EventEmitter {
  [captureRejectionSymbol](err, event, ...args) {
    console.log('hook:', err.message, event, args);
  }
}
const b = new WithHook({ captureRejections: true });
b.on('go', async () => { throw new Error('to hook'); });
b.emit('go', 'p', 'q');

// Without the option, the rejection is unhandled by the emitter.
const c = new EventEmitter();
c.on('go', () => Promise.resolve('fine'));
c.emit('go');

// A thenable whose then getter throws is reported synchronously.
const d = new EventEmitter({ captureRejections: true });
d.on('error', (err) => console.log('d error:', err.message));
d.on('go', () => ({ get then() { throw new Error('bad then'); } }));
d.emit('go');

// The global switch affects emitters created afterwards.
EventEmitter.captureRejections = true;
const e = new EventEmitter();
EventEmitter.captureRejections = false;
const f = new EventEmitter();
e.on('error', (err) => console.log('e error:', err.message));
e.on('go', async () => { throw new Error('global on'); });
e.emit('go');
f.on('go', async () => 'no capture');
f.emit('go');

// An 'error' listener that itself rejects does not loop.
const g = new EventEmitter({ captureRejections: true });
let calls = 0;
g.on('error', async (err) => {
  calls++;
  console.log('g error:', err.message, calls);
});
g.on('go', async () => { throw new Error('once only'); });
g.emit('go');

process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timeout', calls), 10);
