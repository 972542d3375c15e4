'use strict';
// An uncaught error of a *Sync call: Node's report quotes its own fs line.
const fs = require('fs');

console.log(fs.existsSync('./no-such-file'));
fs.readFileSync('./no-such-file', 'utf8');
