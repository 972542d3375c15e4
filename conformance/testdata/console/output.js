// The global console: which stream each method writes to, formatting,
// time/timeEnd/timeLog units (process.hrtime is faked to make them
// deterministic), counts, asserts, groups, trace and the warnings.
'use strict';

console.log('log %s %d %i %f %j %o %O %c %%', 'a', 1.5, 2.5, '3.5', { j: 1 }, { o: [1] }, { O: 1 }, 'css', 'extra');
console.info('info', { nested: { deeper: { deepest: { x: 1 } } } });
console.debug('debug', [1, 2, 3], new Map([[1, 2]]));
console.warn('warn', new Set([1]));
console.error('error %s', 'formatted');
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: Infinity });
console.dir('string');
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom ignored by dir'; }, x: 1 });
console.log({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom used by log'; } });
console.dirxml([1], { a: 1 });
console.log();
console.error();

let fake = [0, 0];
process.hrtime = (prev) => (prev ? [fake[0] - prev[0], fake[1] - prev[1]] : fake.slice());
for (const [s, ns] of [[0, 1234567], [0, 500], [1, 234000000], [59, 999999999], [61, 5000000],
  [3600 * 2 + 60 * 3 + 4, 56000000], [0, 0], [12, 0], [36000, 0]]) {
  console.time('x');
  fake = [s, ns];
  console.timeEnd('x');
  fake = [0, 0];
}
console.time();
fake = [0, 2500000];
console.timeLog(undefined, 'extra', { a: 1 });
console.timeEnd();
console.time('dup');
console.time('dup');
console.timeLog('missing');
console.timeEnd('missing');
console.time(5);
console.timeEnd(5);

console.count();
console.count();
console.count('x');
console.count({ toString() { return 'obj'; } });
console.countReset();
console.count();
console.countReset('nope');

console.assert(true, 'not shown');
console.assert(false, 'shown %s', 'formatted');
console.assert(false);
console.assert(0, { a: 1 });
console.assert('', 'x', 'y');

console.group('Group %d', 1);
console.log('inside');
console.error('inside stderr\nsecond line');
console.groupCollapsed();
console.table([{ a: 1 }]);
console.dir({ a: 1 });
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('outside');

console.trace('trace %s', 'message', { a: 1 });
console.trace();
function named() {
  console.trace('from named');
}
named();

const { log, error } = console;
log('destructured log');
error('destructured error');
process.stdout.write('direct stdout\n');
console.log('back to console');
