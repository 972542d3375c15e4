'use strict';
// spawnSync, execSync and execFileSync: results, input, failures,
// timeouts and missing commands.
const { spawnSync, execSync, execFileSync } = require('child_process');

const r = spawnSync('sh', ['-c', 'echo hi; echo err >&2; exit 3']);
console.log(Object.keys(r), r.status, r.signal, r.output[0], r.stdout.toString(), r.stderr.toString(), typeof r.pid);

const cat = spawnSync('cat', { input: 'from input', encoding: 'utf8' });
console.log('cat', JSON.stringify(cat.stdout), cat.output);

const missing = spawnSync('gocluster-no-such-command', ['x'], { encoding: 'utf8' });
console.log(Object.keys(missing), missing.status, missing.pid, missing.output);
console.log(missing.error.message, missing.error.code, missing.error.errno, missing.error.syscall, missing.error.path, missing.error.spawnargs);

const slow = spawnSync('sleep', ['30'], { timeout: 50 });
console.log('timeout', slow.error.code, slow.error.message, slow.status, slow.signal);

console.log(JSON.stringify(execSync('echo $0', { encoding: 'utf8' })));
console.log(execFileSync('sh', ['-c', 'printf file']).toString());
try {
  execSync('echo to-stderr >&2; exit 2', { stdio: 'pipe' });
} catch (e) {
  console.log('execSync throws', e.message.split('\n'), e.status, Object.keys(e));
}
try {
  execFileSync('gocluster-no-such-command');
} catch (e) {
  console.log('execFileSync throws', e.message, e.code, Object.keys(e));
}
