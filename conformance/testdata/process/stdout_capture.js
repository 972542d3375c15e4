'use strict';
// Test frameworks capture output by replacing process.stdout.write: the
// global console then writes through it, with its newline, one call per
// line; so do warnings through process.stderr.write. Restoring write
// brings output back.
const captured = [];
console.log('before capture');
const origOut = process.stdout.write;
const origErr = process.stderr.write;
process.stdout.write = function (chunk, encoding, cb) {
  captured.push(['out', this === process.stdout, typeof chunk, chunk, typeof encoding, typeof cb]);
  return true;
};
process.stderr.write = function (chunk) {
  captured.push(['err', typeof chunk, chunk]);
  return true;
};
console.log('hello %s', 'world', { a: 1 });
console.info('info', 2);
console.error('an error line');
console.warn('multi\nline');
console.group('group');
console.log('indented');
console.groupEnd();
console.table([{ a: 1 }]);
console.dir({ b: [1, 2] });
console.count();
console.assert(false, 'assertion');
process.emitWarning('captured warning', 'CustomWarning', 'CODE1');
setImmediate(() => {
  process.stdout.write = origOut;
  process.stderr.write = origErr;
  console.log('after restore');
  for (const c of captured) console.log(JSON.stringify(c));
  process.emitWarning('uncaptured warning');
});
