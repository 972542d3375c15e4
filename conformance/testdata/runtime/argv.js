// conformance: args=a b --flag=c
'use strict';
// process.argv is [execPath, script, ...args]; options after the script are
// the script's own.
const path = require('path');
console.log(process.argv.length);
console.log(process.argv.slice(2));
console.log(process.argv[0] === process.execPath, path.basename(process.argv[1]));
console.log(process.execArgv);
