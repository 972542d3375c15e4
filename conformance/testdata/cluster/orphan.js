// A primary that dies (SIGKILL, so nothing of it runs) closes every
// worker's channel: the worker sees 'disconnect' and exits with code 0 on
// its own. The primary runs as a child here, so that this script outlives
// it; the worker holds the same output pipes, so 'close' means it is gone.
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const child = spawn(process.execPath, [path.join(__dirname, 'fixtures', 'orphan_primary.js')]);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.setEncoding('utf8');
child.stderr.on('data', (d) => { out += d; });
child.on('exit', (code, signal) => console.log('primary exit', code, signal));
child.on('close', () => {
  console.log(out.split('\n').filter(Boolean).sort().join('\n'));
});
