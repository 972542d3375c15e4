'use strict';
// An 'error' event nobody listens to: the error is thrown, and the fatal
// report adds where the event was emitted.
const EventEmitter = require('events');
const e = new EventEmitter();
function fire() {
  e.emit('error', new Error('boom'));
}
fire();
