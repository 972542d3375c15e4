'use strict';
// Prints fuzz(util, seed, n) under Node as a JSON array: the reference for
// util_test.go's TestFuzzAgainstNode. Usage: node fuzz_node.js <seed> <n>
const fs = require('fs');
const path = require('path');
const src = fs.readFileSync(path.join(__dirname, 'fuzz.js'), 'utf8');
const fuzz = new Function(`${src}\nreturn fuzz;`)();
process.stdout.write(JSON.stringify(fuzz(require('util'), +process.argv[2], +process.argv[3])));
