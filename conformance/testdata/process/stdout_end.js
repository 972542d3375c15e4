'use strict';
// end() and destroy() on process.stdout finish the stream but never close
// fd 1 (Node's stdio streams cannot be closed); on a pipe the handle is
// shut down, so later writes fail with EPIPE. Events go to stderr.
const fs = require('fs');
const log = (s) => fs.writeSync(2, `${s}\n`);
const out = process.stdout;
const state = () => `ended=${out.writableEnded} finished=${out.writableFinished} destroyed=${out.destroyed} ` +
  `writable=${out.writable} closed=${out.closed}`;

const err = process.stderr;
err.destroy();
log(`stderr after destroy: destroyed=${err.destroyed} writable=${err.writable}`);
err.write('stderr still writes\n', (e) => log(`stderr write cb ${e}`));

out.on('finish', () => log(`finish ${state()}`));
out.on('close', () => log(`close ${state()}`));
out.on('error', (e) => log(`error ${e.code} ${e.syscall}`));
out.end('last words\n', () => log(`end cb ${state()}`));
log(`after end() ${state()}`);
setTimeout(() => {
  log(`later ${state()}`);
  const r = out.write('after end\n', (e) => log(`write cb ${e && e.code}`));
  log(`write returned ${r}`);
  fs.writeSync(1, 'fd 1 is still open\n');
  setTimeout(() => {
    out.destroy();
    log(`destroy() ${state()}`);
    fs.writeSync(1, 'fd 1 is still open after destroy\n');
  }, 20);
}, 20);
