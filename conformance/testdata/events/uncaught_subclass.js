'use strict';
// The fatal report names the emitter's class.
const EventEmitter = require('events');
class Connection extends EventEmitter {}
const c = new Connection();
setTimeout(() => c.emit('error', new RangeError('lost')), 1);
