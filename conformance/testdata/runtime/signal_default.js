'use strict';
// Without a listener SIGTERM kills the process by the signal itself: no
// 'exit' event, no exit code.
process.on('exit', () => console.log('never: exit'));
console.log('sending SIGTERM to myself');
process.kill(process.pid, 'SIGTERM');
setTimeout(() => console.log('never: still alive'), 2000);
