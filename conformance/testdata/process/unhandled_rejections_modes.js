'use strict';
// --unhandled-rejections: what each mode does with rejections nobody
// handles (an error, a string, one handled later), its warnings with their
// rejection ids, and the exit code. Each mode runs in a child.
const { spawnSync } = require('child_process');
const path = require('path');

if (process.argv[2] === 'child') {
  process.on('exit', (code) => console.log('exit', code, process.exitCode));
  Promise.reject(new Error('one'));
  Promise.reject('two');
  const late = Promise.reject(new Error('late'));
  setTimeout(() => { late.catch(() => {}); }, 10);
  setTimeout(() => console.log('the loop goes on'), 30);
  if (process.argv[3] === 'listener') {
    process.on('unhandledRejection', (reason) => console.log('unhandledRejection', String(reason)));
  }
  return;
}

for (const mode of ['throw', 'strict', 'warn', 'warn-with-error-code', 'none']) {
  for (const listener of ['', 'listener']) {
    const args = [`--unhandled-rejections=${mode}`, __filename, 'child'];
    if (listener) args.push(listener);
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    console.log(`== ${mode} ${listener}: code ${r.status}`);
    for (const line of r.stdout.split('\n').filter(Boolean)) console.log(`  out: ${line}`);
    const errLines = r.stderr.split('\n').filter((l) => l && !/^\s+at /.test(l) && !l.startsWith('Node.js'));
    for (const line of errLines) {
      console.log(`  err: ${line.replace(/\(node:\d+\)/, '(node:PID)').split(path.dirname(__filename)).join('<DIR>')}`);
    }
  }
}
