'use strict';
// An immediate that throws, with an 'uncaughtException' handler or in a
// domain: the rest of the check phase's batch starts before the ticks it
// queued, as node's immediate queue does (the ticks run after the next
// immediate). Both the plain callback path and the domain's path (a domain
// entered only as the callback starts) are covered.
const domain = require('domain');
let stage = 0;
process.once('uncaughtException', (e) => console.log('caught', e.message, 'at stage', stage));
const d1 = domain.create();
d1.once('error', (e) => console.log('d1 error', e.message, 'at stage', stage));
setImmediate(() => { stage = 0; });
setImmediate(() => {
  process.nextTick(() => console.log('tick sees stage', stage));
  throw new Error('boom');
});
d1.run(() => setImmediate(() => {
  process.nextTick(() => console.log('domain tick sees stage', stage));
  throw new Error('d1 boom');
}));
setImmediate(() => { stage = 1; console.log('immediate, stage 1'); });
setImmediate(() => { stage = 2; console.log('immediate, stage 2'); });
// The last of a batch that throws: its ticks run at once (no immediate
// follows), before the next phase.
setTimeout(() => {
  process.on('uncaughtException', (e) => console.log('caught', e.message));
  setImmediate(() => {
    process.nextTick(() => console.log('tick after the last immediate'));
    setTimeout(() => console.log('timer after'), 0);
    throw new Error('last');
  });
}, 5);
