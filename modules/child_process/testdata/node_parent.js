'use strict';
// Run by real node: forks a gocluster child (GOCLUSTER_BIN) and prints the
// conversation, for the Go test to compare.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'gocluster_child.js'), ['arg1'], {
  execPath: process.env.GOCLUSTER_BIN,
  execArgv: [],
  env: { ...process.env, FROM_PARENT: 'yes' },
});
let n = 0;
child.on('message', (m) => {
  console.log('parent got', JSON.stringify(m).slice(0, 200));
  switch (n++) {
    case 0:
      child.send({ cmd: 'NODE_PING', n: 7 });
      child.send({ text: 'héllo ✓ 😀', list: [1, 2, 3] });
      break;
    case 1:
      child.send({ big: 'z'.repeat(500000) });
      break;
    case 2: {
      // A handle: the child acknowledges it (NODE_HANDLE_ACK) and answers.
      const server = require('net').createServer();
      server.listen(0, '127.0.0.1', () => {
        child.send({ server: true }, server, () => server.close());
      });
      break;
    }
    case 3:
      child.send('bye');
      break;
  }
});
child.on('internalMessage', (m) => console.log('parent internal', JSON.stringify(m)));
child.on('disconnect', () => console.log('parent disconnect'));
child.on('exit', (code, signal) => console.log('parent exit', code, signal));
