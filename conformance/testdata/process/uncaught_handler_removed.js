'use strict';
// An 'uncaughtException' listener that removes itself: the next throw from a
// tick of the same drain is fatal, reported where it was thrown.
process.on('uncaughtException', function once(e) {
  console.log('caught', e.message);
  process.removeListener('uncaughtException', once);
});
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => { throw new Error('one'); });
process.nextTick(() => { throw new Error('two'); });
process.nextTick(() => console.log('never'));
