// conformance: unordered
'use strict';
// Errors on the child's side of the channel (see fixtures/child_errors.js).
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fixtures', 'child_errors.js'));
child.send('go');
child.on('disconnect', () => console.log('parent: disconnect'));
child.on('exit', (code, signal) => console.log('parent: exit', code, signal));
