'use strict';
// A worker's process.stdin: with no stdin option it ends at once; with
// stdin: true it is what the parent writes to worker.stdin, which keeps the
// worker alive until it ends.
const { Worker } = require('worker_threads');
const code = `
  const { parentPort } = require('worker_threads');
  const seen = [process.stdin.constructor.name, process.stdin.isTTY];
  process.stdin.on('data', (d) => seen.push(String(d))).on('end', () => parentPort.postMessage(seen.concat('end')));
`;
const w = new Worker(code, { eval: true });
console.log('stdin without the option:', w.stdin);
w.on('message', (m) => console.log('first', m));
w.on('exit', (c) => {
  console.log('first exit', c);
  const w2 = new Worker(code, { eval: true, stdin: true });
  console.log('stdin with it:', w2.stdin.constructor.name, w2.stdin.writable);
  w2.on('message', (m) => console.log('second', m));
  w2.on('exit', (c2) => console.log('second exit', c2));
  w2.stdin.write('hello ');
  setTimeout(() => { w2.stdin.write(Buffer.from('world')); w2.stdin.end(); }, 20);
});
