'use strict';
// Touching process.stdin without reading does not keep the process alive;
// a stream read with async iteration ends; pause/resume states.
const stdin = process.stdin;
console.log('flowing', stdin.readableFlowing, 'paused', stdin.isPaused());
stdin.pause();
console.log('after pause', stdin.readableFlowing, stdin.isPaused());
stdin.resume();
console.log('after resume', stdin.readableFlowing, stdin.isPaused());
(async () => {
  let n = 0;
  for await (const chunk of process.stdin) n += chunk.length;
  console.log('async iteration ended with', n, 'bytes');
})();
process.on('exit', (code) => console.log('exit', code));
