'use strict';
// require() of an ES module gives its "module.exports" export, when it has
// one, instead of its namespace, as node's does (yargs 18: require('yargs/yargs')).
const f = require('./fixtures/esm_module_exports.mjs');
console.log(typeof f, f(), f.name);
