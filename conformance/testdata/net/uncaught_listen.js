'use strict';
// An unhandled 'error' from listen() is fatal; the report names the Server
// and lists the error's properties.
const net = require('net');

net.createServer().listen(0, '1.2.3.4');
