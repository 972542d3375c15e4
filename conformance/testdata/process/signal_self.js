'use strict';
// A signal the process sends itself reaches its listeners before the loop
// ends, even when nothing else keeps the loop alive past the next turn.
process.once('SIGINT', (name, num) => console.log('got', name, num));
process.kill(process.pid, 'SIGINT');
process.once('SIGTERM', (name) => console.log('got', name));
process.kill(process.pid, 'SIGTERM');
process.on('SIGUSR2', (name) => {
  console.log('got', name);
  process.removeAllListeners('SIGUSR2');
});
process.kill(process.pid, 'SIGUSR2');
setImmediate(() => console.log('immediate'));
process.on('exit', (code) => console.log('exit', code));
