'use strict';
// util.inspect with colours greys the working directory in an error's
// frames, also where an ES module's frame names it as a percent-encoded
// file URL, underlines node_modules package names, and greys core frames.
const util = require('util');
const url = require('url');
process.cwd = () => '/home/user directory/repository%encoded/node';
const enc = url.pathToFileURL(process.cwd());
const err = new Error('x');
err.stack = 'Error: x\n' +
  `    at ${enc}/test/parallel/test-esm.mjs:2760:12\n` +
  `    at Object.<anonymous> (${enc}/node_modules/esm_module/folder/file.js:2753:10)\n` +
  `    at ${process.cwd()}/test/parallel/test-cjs.js:2760:12\n` +
  `    at file:///home/user%20directory/repository%25encoded/node2/x.js:1:1\n` +
  '    at Module._compile (node:internal/modules/cjs/loader:827:30)\n' +
  '    at tryModuleLoad (node:events:629:12)\n' +
  '    at new Promise (<anonymous>)';
console.log(JSON.stringify(util.inspect(err, { colors: true })));
process.cwd = () => '/home/user/repository/node';
err.stack = 'Error: y\n    at file:///home/user/repository/node/file.js:15:15';
console.log(JSON.stringify(util.inspect(err, { colors: true })));
