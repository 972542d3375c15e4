'use strict';
// How a thrown or rejected value that is not an Error is shown: an uncaught
// primitive is printed as it converts to a string (not inspected: no
// quotes), and a rejection reason as V8 shows a value without running its
// code (#<Map>, [object Date], a function's source), both in the
// UnhandledPromiseRejection message and in the warn mode's warning.
const { spawnSync } = require('child_process');

const reasons = [
  '"some text"', '""', '1n', 'Symbol("s")', 'undefined', '{ a: 1 }', 'new Map()', 'new (class Foo {})()',
  'Object.create(null)', 'new Date(0)', '/re/g', '(x) => x + 1', 'new Number(1)', '[1, 2]',
  '{ [Symbol.toStringTag]: "Tagged" }', '{ constructor: 5 }', 'new Uint8Array(2)', 'Math', 'process',
  'Object.assign(Object.create(Error.prototype), { message: "not native" })',
];

// Only the report's lines that do not depend on node's internals.
const report = (stderr) => stderr.split('\n')
  .filter((l) => l !== '' && !l.startsWith('    at ') && !l.startsWith('Node.js ') && !l.startsWith('node:internal'));

for (const r of reasons.slice(0, 6)) {
  const thrown = spawnSync(process.execPath, ['-e', `setTimeout(() => { throw ${r}; });`], { encoding: 'utf8' });
  console.log(`throw ${r}: exit ${thrown.status}`);
  for (const line of report(thrown.stderr)) console.log('  |', line);
}
for (const r of reasons) {
  const rejected = spawnSync(process.execPath, ['-e', `Promise.reject(${r});`], { encoding: 'utf8' });
  const message = report(rejected.stderr).find((l) => l.startsWith('UnhandledPromiseRejection:'));
  console.log(`reject ${r}: exit ${rejected.status}:`, message && message.replace(/^.*with the reason /, ''));
}

// The warn mode warns with the same text.
const warned = spawnSync(process.execPath, ['--unhandled-rejections=warn', '--no-warnings', '-e', `
  process.on('warning', (w) => { if (!w.message.startsWith('Unhandled promise')) console.log(w.message); });
  for (const r of [${reasons.join(', ')}]) Promise.reject(r);
`], { encoding: 'utf8' });
console.log('warn mode: exit', warned.status);
console.log(warned.stdout);
