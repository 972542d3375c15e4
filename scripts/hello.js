// The event loop in one screen: what runs first, and when the process exits.
// Run it with `go run ./cmd/gocluster scripts/hello.js` and with `node`:
// both print the same lines in the same order.
const os = require('os');
const { setTimeout: sleep } = require('timers/promises');

console.log(`Primary ${process.pid} on ${os.platform()} with ${os.availableParallelism()} CPUs`);

process.nextTick(() => console.log('1. nextTick runs before promise jobs'));
Promise.resolve().then(() => console.log('2. then the promise job'));
setImmediate(() => console.log('3. the immediate, in the check phase'));
setTimeout(() => console.log('4. a 5 ms timer'), 5);

sleep(20).then(() => console.log('5. a timers/promises sleep'));

process.on('beforeExit', (code) => console.log(`6. beforeExit with code ${code}`));
process.on('exit', (code) => console.log(`7. exit with code ${code}`));
