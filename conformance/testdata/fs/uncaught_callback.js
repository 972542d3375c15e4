'use strict';
// An fs error rethrown from its callback: the report shows the rethrow
// line and the error without stack frames.
const fs = require('fs');

fs.stat('no-such-dir/file', (err) => {
  if (err) throw err;
});
