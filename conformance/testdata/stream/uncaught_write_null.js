'use strict';
// write(null) throws synchronously; uncaught, the report quotes Node's own
// throw line.
const { Writable } = require('stream');

const w = new Writable({ write(chunk, enc, cb) { cb(); } });
w.write(null);
