'use strict';
// unref() timers do not keep the process alive; ref() makes them count again;
// refresh() restarts the countdown with the same callback.
const unrefd = setTimeout(() => console.log('never: unref timer'), 10000);
console.log('hasRef before', unrefd.hasRef());
console.log('unref returns timer', unrefd.unref() === unrefd);
console.log('hasRef after unref', unrefd.hasRef());

const reref = setTimeout(() => console.log('re-ref timer fired'), 20);
reref.unref();
console.log('ref returns timer', reref.ref() === reref, reref.hasRef());

const start = Date.now();
let refreshed = 0;
const t = setTimeout(() => {
  const waited = Date.now() - start;
  console.log('refreshed timer fired', refreshed, waited >= 60 ? 'late enough' : 'too early: ' + waited);
}, 40);
setTimeout(() => {
  refreshed++;
  console.log('refresh returns timer', t.refresh() === t);
}, 25);

const iv = setInterval(() => console.log('never: unref interval'), 5000);
iv.unref();

const imm = setImmediate(() => {});
console.log('immediate hasRef', imm.hasRef());
console.log('typeof timer id', typeof t[Symbol.toPrimitive](), typeof +t);
process.on('exit', () => console.log('exit'));
