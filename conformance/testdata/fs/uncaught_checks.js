'use strict';
// An argument check failing uncaught: reported at Node's errors module.
const fs = require('fs');

fs.mkdirSync('./x', { recursive: 1 });
