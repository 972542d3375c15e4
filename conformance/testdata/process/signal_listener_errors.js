'use strict';
// Listening for a signal that cannot be caught (SIGKILL, SIGSTOP) throws
// node's uv_signal_start EINVAL error and adds no listener; an unknown
// signal given to process.kill is named in the error as %s shows it.
for (const sig of ['SIGKILL', 'SIGSTOP']) {
  for (const method of ['on', 'once', 'prependListener']) {
    try {
      process[method](sig, () => {});
      console.log(method, sig, 'added');
    } catch (e) {
      console.log(method, sig, e.name, e.message, e.code, e.errno, e.syscall, process.listenerCount(sig));
    }
  }
}
// Other signals are fine, and removing the listener again too.
const onUsr2 = () => {};
process.on('SIGUSR2', onUsr2);
console.log('SIGUSR2 listeners', process.listenerCount('SIGUSR2'));
process.off('SIGUSR2', onUsr2);
console.log('SIGUSR2 listeners', process.listenerCount('SIGUSR2'));

for (const sig of [{}, [], [1], 'SIGFOO', 'sigterm', true, { toString() { return 'T'; } }, new Date(0), 1n]) {
  try {
    process.kill(process.pid, sig);
    console.log('sent', sig);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
