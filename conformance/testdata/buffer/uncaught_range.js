// An uncaught validation error (Buffer.alloc(-1)): node's report quotes
// its shared validator's throw.
'use strict';
console.log(Buffer.alloc(1));
Buffer.alloc(-1);
