'use strict';
// An 'uncaughtException' handler that queues another throwing tick does
// not keep the loop from going on, as in node: once a drain has had two
// exceptions, the rest of the ticks wait for the next callback, so an
// immediate set before still runs and ends the chain (gocluster spun).
let handled = 0;
function throwSoon() {
  process.nextTick(() => { throw new Error(`tick error ${handled}`); });
}
process.on('uncaughtException', (err) => {
  handled++;
  if (handled <= 3) console.log('handled', err.message);
  throwSoon();
});
throwSoon();
setImmediate(() => {
  console.log('immediate ran after', handled, 'handled');
  process.exit(0);
});
