'use strict';
// A throw from a 'beforeExit' listener that an 'uncaughtException' listener
// handles gives the loop one more turn, so 'beforeExit' comes again, as in
// node (its handler queues an empty immediate).
let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, process.exitCode);
  if (n++ < 2) throw new Error(`from beforeExit ${n}`);
});
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
process.on('exit', (code) => console.log('exit', code));
