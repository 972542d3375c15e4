'use strict';
// Reads a case file: one JS expression per line producing a string, given
// `util`; '#' lines are comments. Used by harness.js and record.js.
const fs = require('fs');
const path = require('path');

function readCases(name) {
  const text = fs.readFileSync(path.join(__dirname, `${name}.cases`), 'utf8');
  const out = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const fn = new Function('util', `return String(${line});`);
    out.push({ line: i + 1, expr: line, run: fn });
  });
  return out;
}

module.exports = { readCases };
