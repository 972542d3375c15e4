// ESM: top-level await in an entry module (awaiting a timer promise and an
// event), and a rejection at top level that ends the process as in Node.
import { setTimeout as sleep } from 'node:timers/promises';
import { once, EventEmitter } from 'node:events';

console.log('before');
const v = await sleep(5, 'slept');
console.log(v);
const e = new EventEmitter();
setTimeout(() => e.emit('go', 42), 5);
const [n] = await once(e, 'go');
console.log('got', n);
throw new Error('late ' + n);
