'use strict';
// util.debuglog writes to stderr with colours when FORCE_COLOR asks for
// them, even though stderr is a pipe; FORCE_COLOR=0 turns them off. The
// section name matches NODE_DEBUG case-insensitively and by wildcard.
const util = require('util');

if (process.argv[2] === 'child') {
  const debug = util.debuglog('tud');
  debug('obj', { is: 'a' }, /re/, 42);
  debug('num=%d str=%s', 1, 'a');
  util.debuglog('other')('never shown');
  console.log(debug.enabled, util.debuglog('tu*').enabled);
  return;
}

const { spawnSync } = require('child_process');
for (const [NODE_DEBUG, FORCE_COLOR] of [['tud', '1'], ['TUD', '0'], ['t*', 'true'], ['xyz,tud', undefined]]) {
  const env = { PATH: process.env.PATH, NODE_DEBUG };
  if (FORCE_COLOR !== undefined) env.FORCE_COLOR = FORCE_COLOR;
  const r = spawnSync(process.execPath, [__filename, 'child'], { env, encoding: 'utf8' });
  const err = r.stderr.replaceAll(String(r.pid), 'PID');
  console.log(NODE_DEBUG, FORCE_COLOR, JSON.stringify(r.stdout), JSON.stringify(err));
}
