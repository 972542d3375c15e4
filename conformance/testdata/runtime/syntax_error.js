'use strict';
// A syntax error: nothing runs; the report shows the line and a caret.
console.log('never');
const ok = 1;
let broken = ok +;
