'use strict';
// An unserializable message nobody catches is fatal, reported where
// JSON.stringify threw; the idle child then sees the channel close.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fixtures', 'idle.js'));
child.on('message', () => {
  const o = { me: null };
  o.me = o;
  child.send(o);
});
