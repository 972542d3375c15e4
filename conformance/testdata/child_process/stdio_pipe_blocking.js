'use strict';
// One child's stdin pipe (our end, non-blocking for us) given to another
// child as its stdout: the child gets it in blocking mode, as libuv sets
// stdio 0-2 in the child, so while the reader (cat, still asleep) takes
// nothing, the writer waits instead of failing with EAGAIN.
const { spawn } = require('child_process');

const SIZE = 4 * 1024 * 1024;
const reader = spawn('sh', ['-c', 'sleep 0.3; exec cat']);
let got = 0;
reader.stdout.on('data', (d) => { got += d.length; });
reader.on('close', (code) => console.log('reader exit', code, 'got', got === SIZE ? 'everything' : got));

const writer = spawn('head', ['-c', String(SIZE), '/dev/zero'], { stdio: ['ignore', reader.stdin, 'pipe'] });
let err = '';
writer.stderr.on('data', (d) => { err += d; });
writer.on('close', (code) => {
  console.log('writer exit', code, JSON.stringify(err));
  reader.stdin.end();
});
