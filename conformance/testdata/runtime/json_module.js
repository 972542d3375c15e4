'use strict';
// require() parses .json files (cached like any module); a broken one
// throws a SyntaxError that names the file.
const data = require('./fixtures/data.json');
console.log(JSON.stringify(data));
data.added = 1;
console.log('cached', require('./fixtures/data').added === 1);
try {
  require('./fixtures/broken.json');
} catch (err) {
  console.log(err.name, err.message.startsWith(__dirname), err.message.includes('broken.json'));
}
