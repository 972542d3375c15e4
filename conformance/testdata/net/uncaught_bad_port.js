'use strict';
// A bad port thrown at the top level: Node's report quotes its own throw
// line.
const net = require('net');

net.connect(65536);
