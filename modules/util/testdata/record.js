'use strict';
// Prints, as a JSON array (one string per line), what real Node's util
// gives for every case of the named case file. util_test.go uses it to
// write and to re-check the *.golden files.
// Run with: node modules/util/testdata/record.js inspect
const util = require('util');
const { readCases } = require('./cases');

process.noDeprecation = true;
const outs = readCases(process.argv[2]).map((c) => {
  try {
    return c.run(util);
  } catch (e) {
    return `THROWS ${e && e.message}`;
  }
});
process.stdout.write(`[\n${outs.map((o) => JSON.stringify(o)).join(',\n')}\n]\n`);
