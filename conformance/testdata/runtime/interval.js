'use strict';
// setInterval repeats until cleared, also from inside its own callback;
// extra arguments reach the callback. Stages are chained, not timed.
let n = 0;
const iv = setInterval((x, y) => {
  n++;
  console.log('tick', n, x, y);
  if (n === 3) {
    clearInterval(iv);
    console.log('cleared');
    setTimeout(clearedStaysCleared, 1);
  }
}, 5, 'x', 'y');

function clearedStaysCleared() {
  let m = 0;
  const other = setInterval(() => {
    m++;
    if (m === 2) {
      clearInterval(other);
      const saved = m;
      setTimeout(() => {
        console.log('interval stayed cleared', m === saved);
        // Inside a timer, immediates run before new timers.
        setTimeout(console.log, 1, 'setTimeout', 'passes', 'args');
        setImmediate(console.log, 'setImmediate', 'passes', 'args');
      }, 20);
    }
  }, 1);
}
