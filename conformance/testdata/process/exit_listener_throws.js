'use strict';
// What a throw inside an 'exit' listener does, and how an uncaught exception
// picks the exit code: each case runs in a child, which prints its stdout
// lines; the parent prints them, the child's first stderr line naming an
// error, and its exit code.
const { spawnSync } = require('child_process');

const cases = {
  // At a natural exit the throw is an uncaught exception: exit code 1, or
  // process.exitCode when the program set one.
  naturalUnhandled() {
    process.on('exit', (c) => { console.log('exit', c); throw new Error('in exit'); });
  },
  naturalUnhandledWithCode() {
    process.exitCode = 3;
    process.on('exit', (c) => { console.log('exit', c); throw new Error('in exit'); });
  },
  // A handler takes it; the remaining 'exit' listeners do not run.
  naturalHandled() {
    process.on('exit', (c) => { console.log('exit 1', c); throw new Error('in exit'); });
    process.on('exit', (c) => { console.log('exit 2', c); });
    process.on('uncaughtException', (e, origin) => {
      console.log('caught', e.message, origin, process.exitCode);
      process.exitCode = 9;
    });
  },
  // process.exit() throws the listener's exception on to its caller.
  exitCallCaught() {
    process.on('exit', (c) => { console.log('exit', c, process._exiting); throw new Error('in exit'); });
    try {
      process.exit(5);
    } catch (e) {
      console.log('caught by try', e.message, process.exitCode);
    }
    setTimeout(() => console.log('the loop goes on'), 1);
  },
  exitCallUnhandled() {
    process.on('exit', (c) => { console.log('exit', c); throw new Error('in exit'); });
    process.exit(4);
  },
  // Unhandled: 'exit' runs before the report; what it throws is dropped.
  uncaughtThenExitThrows() {
    process.on('exit', (c) => { console.error('exit listener', c, process.exitCode); throw new Error('dropped'); });
    throw new Error('first');
  },
  uncaughtExitSetsCode() {
    process.on('exit', () => { process.exitCode = 0; });
    throw new Error('first');
  },
  handlerMeansZero() {
    process.on('exit', (c) => console.log('exit', c, process.exitCode));
    process.on('uncaughtException', () => {});
    throw new Error('handled');
  },
  // A throwing 'uncaughtExceptionMonitor' listener is fatal: code 7.
  monitorThrows() {
    process.on('exit', () => console.log('no exit event'));
    process.on('uncaughtExceptionMonitor', (e) => { console.log('monitored', e.message); missing(); });
    throw new Error('first');
  },
  // A _fatalException that is not a function ends with code 6.
  fatalExceptionRemoved() {
    process._fatalException = undefined;
    throw new Error('first');
  },
};

const name = process.argv[2];
if (name) {
  cases[name]();
} else {
  for (const c of Object.keys(cases)) {
    const r = spawnSync(process.execPath, [__filename, c], { encoding: 'utf8' });
    const errLine = r.stderr.split('\n').find((l) => /^(\w*Error|exit listener)/.test(l));
    console.log(`${c}: code ${r.status}`);
    for (const line of r.stdout.split('\n').filter(Boolean)) console.log(`  out: ${line}`);
    console.log(`  err: ${errLine}`);
  }
}
