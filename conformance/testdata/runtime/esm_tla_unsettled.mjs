// A main module still awaiting when nothing else is left exits with 13,
// after beforeExit; 'exit' listeners get 0 and see process.exitCode 13.
import { never } from './fixtures/tla/hangs.mjs';
process.on('beforeExit', (code) => console.log('beforeExit', code));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('never printed', never);
