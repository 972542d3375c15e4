'use strict';
// Messages that arrive while there is no 'message' listener wait, and are
// delivered in order once a listener is added.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fixtures', 'chatty.js'));
setTimeout(() => {
  console.log('listening now');
  let n = 0;
  child.on('message', (m) => {
    console.log('message', JSON.stringify(m));
    if (++n === 3) child.send('done');
  });
}, 300);
child.on('exit', (code) => console.log('exit', code));
