'use strict';
// A promise an 'exit' listener rejects and nobody handles is still fatal at
// a natural exit (exit code 1), and goes to 'unhandledRejection' listeners;
// promise jobs queued there run, ticks do not (the process is exiting).
const { spawnSync } = require('child_process');
if (process.argv[2] === 'child') {
  if (process.argv[3] === 'listener') {
    process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
  }
  process.on('exit', (code) => {
    console.log('exit', code);
    Promise.reject(new Error('rejected in exit'));
    Promise.resolve().then(() => console.log('promise job in exit'));
    process.nextTick(() => console.log('tick in exit'));
  });
  return;
}
for (const variant of ['', 'listener']) {
  const r = spawnSync(process.execPath, [__filename, 'child', variant], { encoding: 'utf8' });
  console.log(`-- ${variant || 'no listener'}: code ${r.status}`);
  for (const line of r.stdout.split('\n').filter(Boolean)) console.log(`  out: ${line}`);
  console.log(`  err: ${r.stderr.split('\n').find((l) => /^Error/.test(l))}`);
}
