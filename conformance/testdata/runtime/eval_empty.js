'use strict';
// `-e ""` is an empty program that exits 0, not a missing main script.
const { spawnSync } = require('child_process');
for (const args of [['-e', ''], ['-p', ''], ['-e', '', 'extra']]) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  console.log(JSON.stringify(args), r.status, JSON.stringify(r.stdout), JSON.stringify(r.stderr));
}
