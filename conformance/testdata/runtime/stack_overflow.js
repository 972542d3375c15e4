// Runaway recursion ends in "RangeError: Maximum call stack size exceeded"
// (it reaches the process's 'uncaughtException' listener), while deep but
// bounded recursion (9,000 calls) still works.
function depth(n) { return n === 0 ? 0 : depth(n - 1) + 1; }
console.log('bounded', depth(9000));

process.on('uncaughtException', (err) => {
  console.log('caught at top:', err instanceof RangeError, err.name, err.message);
  console.log('has frames:', err.stack.split('\n').length > 1);
});
function runaway(n) { return runaway(n + 1) + 1; }
setTimeout(() => runaway(0), 1);
setTimeout(() => console.log('process lives on'), 20);
