'use strict';
// push() after EOF without an 'error' listener: a coded error, fatal.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push(null);
r.push('too late');
