'use strict';
// A fresh directory under os.tmpdir() for one scenario, removed at exit;
// hide() replaces its path in text so output does not vary between runs.
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gc-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const hide = (s) => String(s).split(dir).join('<TMP>');

module.exports = {
  dir,
  at: (...parts) => path.join(dir, ...parts),
  hide,
  show: (v) => hide(typeof v === 'string' ? v : util.inspect(v)),
};
