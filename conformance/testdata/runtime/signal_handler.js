'use strict';
// A SIGTERM listener replaces the default action. Signal listeners do not keep
// the loop alive, so an interval does until the second signal arrives.
const keepAlive = setInterval(() => {}, 1000);
let count = 0;
function onTerm(sig, num) {
  count++;
  console.log('got', sig, num, count);
  if (count === 1) {
    setTimeout(() => process.kill(process.pid, 15), 10);
  } else {
    process.removeListener('SIGTERM', onTerm);
    clearInterval(keepAlive);
    console.log('listener removed, loop can drain');
  }
}
process.on('SIGTERM', onTerm);
process.on('exit', (code) => console.log('exit', code));
console.log('kill returns', process.kill(process.pid, 'SIGTERM'));
