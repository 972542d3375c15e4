'use strict';
const assert = require('assert');
assert.match('some text', /other/);
