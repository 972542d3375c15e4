'use strict';
// Subclassing styles, and what util.inspect shows of an emitter.
const EventEmitter = require('events');
const util = require('util');

class Job extends EventEmitter {
  constructor(name) {
    super();
    this.name = name;
  }
  run() {
    this.emit('start', this.name);
    return this;
  }
}
const j = new Job('build');
j.on('start', function(name) { console.log('start', name, this === j, this instanceof Job); });
j.run();
console.log(j);

function Legacy() {
  EventEmitter.call(this);
  this.kind = 'legacy';
}
util.inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('x', () => {});
l.once('y', function namedOnce() {});
console.log(l);
console.log(l instanceof EventEmitter, Legacy.super_ === EventEmitter);

function Proto() {
  EventEmitter.call(this);
}
Object.setPrototypeOf(Proto.prototype, EventEmitter.prototype);
const p = new Proto();
p.setMaxListeners(5);
console.log(p);

const plain = new EventEmitter();
console.log(plain);
plain.on('a', () => {});
plain.on('a', function second() {});
plain.on(Symbol('s'), () => {});
console.log(plain);
console.log(util.inspect(plain, { depth: 0 }));
console.log(util.inspect(plain, { depth: -1 }));
console.log(util.inspect(new EventEmitter({ captureRejections: true })));

// Emitting on an object that never ran the constructor.
const bare = Object.create(EventEmitter.prototype);
console.log(bare.emit('x'), bare.listenerCount('x'), bare.eventNames(), bare.listeners('x'));
bare.on('x', () => console.log('bare x'));
console.log(bare.emit('x'), Object.keys(bare));

// Calling init twice keeps the listener table (shape mode).
const twice = new EventEmitter();
twice.on('keep', () => console.log('kept'));
EventEmitter.call(twice);
twice.emit('keep');
twice.removeAllListeners('keep');
console.log(twice.eventNames(), twice);

// The module's own shape.
console.log(Object.keys(EventEmitter));
console.log(Object.getOwnPropertyNames(EventEmitter.prototype));
console.log(EventEmitter.name, EventEmitter.length, EventEmitter.usingDomains, EventEmitter.errorMonitor);
console.log(typeof EventEmitter.init, EventEmitter.listenerCount.name, EventEmitter.once.constructor.name);
console.log(util.inspect(EventEmitter.prototype.on), EventEmitter.prototype.off.name);
console.log(require('node:events') === EventEmitter);
