'use strict';
// A require cycle hands out the partially filled exports of the module that
// is still loading.
const a = require('./fixtures/cycle_a');
const b = require('./fixtures/cycle_b');
console.log('main: a.done=%s b.done=%s', a.done, b.done);
console.log('same objects', a === require('./fixtures/cycle_a.js'), b.fromA === true);
