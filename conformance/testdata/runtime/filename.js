'use strict';
// __filename and __dirname are absolute; only their tails are printed so
// the output does not depend on the checkout's location.
const path = require('path');
console.log(path.basename(__filename), path.basename(__dirname));
console.log('absolute', path.isAbsolute(__filename), path.isAbsolute(__dirname));
console.log('consistent', path.join(__dirname, 'filename.js') === __filename, path.dirname(__filename) === __dirname);
console.log('module.filename', module.filename === __filename, 'argv[1]', process.argv[1] === __filename);
console.log('cwd is the script dir', process.cwd() === __dirname);
const f = require('./fixtures/where');
console.log(path.relative(__dirname, f.file), path.relative(__dirname, f.dir));
