'use strict';
// With no arguments argv holds only the executable and the script.
console.log(process.argv.length, process.argv.slice(2));
