'use strict';
// process.exit() inside an 'exit' listener changes the code and stops the
// remaining listeners.
process.on('exit', (code) => {
  console.log('first exit listener', code);
  process.exit(5);
});
process.on('exit', () => console.log('second exit listener: never'));
process.exitCode = 2;
