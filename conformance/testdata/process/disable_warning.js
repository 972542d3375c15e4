'use strict';
// --disable-warning=X (node 20.11+), repeatable, by code or by name: such
// warnings are not printed, while 'warning' listeners still get them.
const { spawnSync } = require('child_process');

const code = `
process.on('warning', (w) => console.log('event:', w.name, w.code));
process.emitWarning('plain');
process.emitWarning('old api', 'DeprecationWarning', 'DEP0001');
process.emitWarning('other old api', { type: 'DeprecationWarning', code: 'DEP0002', detail: 'some detail' });
process.emitWarning('new thing', 'ExperimentalWarning');
`;
for (const flags of [
  [], ['--disable-warning=DeprecationWarning'], ['--disable-warning=DEP0001'],
  ['--disable-warning', 'ExperimentalWarning', '--disable-warning=Warning'], ['--disable-warning=DEP0002', '--no-deprecation'],
]) {
  const r = spawnSync(process.execPath, [...flags, '-e', code], { encoding: 'utf8' });
  console.log(`[${flags.join(' ')}] exit ${r.status}`);
  for (const line of r.stdout.split('\n').filter(Boolean)) console.log('  out |', line);
  for (const line of r.stderr.split('\n').filter(Boolean)) console.log('  err |', line.replace(/\(node:\d+\)/, '(node:PID)'));
}
