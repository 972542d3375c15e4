'use strict';
// A connection error nobody listens for is fatal, reported as Node does
// (the emit site, the error's properties).
const net = require('net');

net.connect(1, '127.0.0.1');
