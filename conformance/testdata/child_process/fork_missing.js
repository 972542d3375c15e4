'use strict';
// fork() of a file that does not exist: the child fails to load it.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fixtures', 'no-such-file.js'));
child.on('spawn', () => console.log('parent: spawn'));
child.on('exit', (code, signal) => console.log('parent: exit', code, signal));
child.on('close', (code, signal) => console.log('parent: close', code, signal));
