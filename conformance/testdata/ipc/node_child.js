'use strict';
// Wire compatibility: fork a real node child (execPath node) and talk both
// ways — small, unicode, 300 KB messages, a burst, internal messages. Run
// under node this is node talking to node, so both runs print the same.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fixtures', 'node_echo.js'), [], {
  execPath: process.env.NODE_BIN || 'node',
  execArgv: [],
});
const burst = 200;
let echoed = 0;
child.on('message', (m) => {
  if (m.hello) {
    console.log('hello', JSON.stringify(m));
    child.send({ cmd: 'NODE_PING', n: 1 });
    child.send('ünïcödé ✓ 😀 \u2028 "quoted" \\ back');
    return;
  }
  if (m.echo !== undefined && typeof m.echo === 'string') {
    console.log('echo', JSON.stringify(m.echo));
    child.send({ big: 'y'.repeat(300000) + 'stop' });
    return;
  }
  if (m.bigBack !== undefined) {
    console.log('big', m.bigBack, m.tail, m.reply.length, m.reply.slice(-3));
    for (let i = 0; i < burst; i++) child.send(i);
    return;
  }
  if (typeof m.echo === 'number') {
    if (m.echo !== echoed) console.log('out of order', m.echo, echoed);
    if (++echoed === burst) {
      console.log('burst', echoed);
      child.send('bye');
    }
  }
});
child.on('internalMessage', (m) => console.log('internal', JSON.stringify(m)));
child.on('disconnect', () => console.log('disconnect'));
child.on('exit', (code, signal) => console.log('exit', code, signal));
