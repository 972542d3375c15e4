'use strict';
// A child that throws while loading: its report reaches our stderr, it
// exits 1, and the parent sees 'disconnect', then 'exit', then 'close'.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fixtures', 'throw.js'));
child.on('disconnect', () => console.log('parent: disconnect'));
child.on('exit', (code, signal) => console.log('parent: exit', code, signal));
child.on('close', (code, signal) => console.log('parent: close', code, signal));
