'use strict';
// A non-Error 'error' event: ERR_UNHANDLED_ERROR carries it as context.
const EventEmitter = require('events');
new EventEmitter().emit('error', { reason: 'bad' });
