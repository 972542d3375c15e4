// An out-of-bounds read nobody catches: node's report quotes the line in
// its own buffer code that threw.
'use strict';
const b = Buffer.alloc(2);
console.log('reading');
b.readUInt32LE(0);
