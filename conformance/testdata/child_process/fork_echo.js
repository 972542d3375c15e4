'use strict';
// fork(): messages both ways (every JSON kind, unicode, toJSON), internal
// NODE_ messages kept apart from 'message', the child disconnecting, and
// the exit code reaching 'exit' and 'close'.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fixtures', 'echo.js'), ['one', 'two'],
  { env: { ...process.env, EXTRA: 'x' } });
const log = (...a) => console.log('parent:', ...a);
log('connected', child.connected, typeof child.pid, path.basename(child.spawnfile) === path.basename(process.execPath));
log('spawnargs', child.spawnargs.slice(1).map((a) => path.basename(a)));

const outgoing = [
  'text', 42, -0.5, true, null, [1, 'a', { b: [] }],
  { nested: { deep: 'é✓😀\u2028' }, undef: undefined, date: new Date(0), fn() {} },
  { cmd: 'not internal' }, { cmd: 'NODE_' }, '',
];
let next = 0;
child.on('spawn', () => log('spawn'));
child.on('message', (m) => {
  log('message', JSON.stringify(m));
  if (m.ready) {
    child.send({ cmd: 'NODE_CUSTOM', n: 1 });
  }
  if (m.ready || m.echo !== undefined) {
    if (next < outgoing.length) {
      log('send returns', child.send(outgoing[next++]));
    } else {
      child.send('exit');
    }
  }
});
child.on('internalMessage', (m) => log('internalMessage', JSON.stringify(m)));
child.on('disconnect', () => log('disconnect', child.connected, child.channel));
child.on('exit', (code, signal) => log('exit', code, signal, child.exitCode, child.signalCode));
child.on('close', (code, signal) => log('close', code, signal));
