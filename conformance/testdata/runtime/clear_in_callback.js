'use strict';
// Clearing timers from inside callbacks: a timer due in the same tick that is
// cleared by an earlier one never runs; clearing yourself is harmless.
// Timers and immediates are logged apart: timers created a millisecond apart
// may fall in different loop turns, so their interleaving is racy in node.
const order = [];
const imms = [];
let b;
const a = setTimeout(() => {
  order.push('a');
  clearTimeout(b);
  clearTimeout(a);
  const imm1 = setImmediate(() => {
    imms.push('imm1');
    clearImmediate(imm2);
  });
  const imm2 = setImmediate(() => imms.push('never imm2'));
}, 10);
b = setTimeout(() => order.push('never b'), 10);
const c = setTimeout(() => {
  order.push('c');
  clearTimeout(d);
}, 10);
const d = setTimeout(() => order.push('never d'), 30);
setTimeout(() => {
  order.push('e');
  setTimeout(() => console.log(order.join(' '), '|', imms.join(' ')), 30);
}, 10);

clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearTimeout(12345);
clearInterval('nope');
clearImmediate(undefined);

const byId = setTimeout(() => order.push('never by id'), 5);
clearTimeout(+byId);
