'use strict';
// A child's stdin write and end complete on the loop before anything the
// child does once it has read them: for cat, 'finish' of stdin comes
// before the 'end' of its stdout, every time (libuv shuts the pipe down
// and completes the request in one step). Forty cats at once.
const { spawn } = require('child_process');

const CATS = 40;
let inOrder = 0;
let closed = 0;
for (let i = 0; i < CATS; i++) {
  const child = spawn('cat');
  const events = [];
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.stdout.on('end', () => events.push('stdout end'));
  child.stdin.write(`cat ${i} `, () => events.push('write done'));
  child.stdin.end('bye\n', () => events.push('stdin finished'));
  child.on('close', (code) => {
    if (events.join() === 'write done,stdin finished,stdout end' && out === `cat ${i} bye\n` && code === 0) inOrder++;
    else console.log('cat', i, events, JSON.stringify(out), code);
    if (++closed === CATS) console.log(`${inOrder} of ${CATS} in order`);
  });
}
