'use strict';
// fs.close without a callback: a failure is thrown from Node's default one.
const fs = require('fs');

fs.close(123456);
