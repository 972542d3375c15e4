'use strict';
// process.stdout and process.stderr on pipes (the runner's): net.Sockets
// made on first use, writing at once; write()'s return value and callback
// against console.log, writableLength, cork, and the argument checks.
const stream = require('stream');
const net = require('net');

const out = process.stdout;
const err = process.stderr;
for (const [name, s] of [['stdout', out], ['stderr', err]]) {
  console.log(name, s.constructor.name, s instanceof net.Socket, s instanceof stream.Writable,
    s instanceof stream.Duplex, s._type, s.fd, s._isStdio, s.isTTY, s.columns);
  console.log(' ', s.writable, s.readable, s.writableHighWaterMark, s.writableLength, s.writableObjectMode,
    s.writableCorked, s.writableNeedDrain, s.destroyed, typeof s.destroySoon, s.allowHalfOpen);
}
console.log('same object', process.stdout === out, require('process').stderr === err,
  Object.keys(process).includes('stdout'), typeof Object.getOwnPropertyDescriptor(process, 'stdout').get);

const order = [];
const r1 = out.write('one\n', () => order.push('cb one'));
order.push(`write one: ${r1} length ${out.writableLength}`);
console.log('console between');
const big = 'x'.repeat(40000);
const r2 = out.write(`${big}\n`, (e) => order.push(`cb big ${e}`));
order.push(`write big: ${r2} needDrain ${out.writableNeedDrain} length ${out.writableLength}`);
out.on('drain', () => order.push('drain'));
const r3 = out.write(Buffer.from('buffer chunk\n'), 'buffer', () => order.push('cb buffer'));
const r4 = out.write(new Uint8Array([0x75, 0x38, 0x0a]), () => order.push('cb u8'));
const r5 = out.write('', () => order.push('cb empty'));
const r6 = out.write('6c6174696e310a', 'hex', () => order.push('cb hex'));
order.push(`returns ${r3} ${r4} ${r5} ${r6}`);
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));

out.cork();
out.write('corked 1\n');
out.write('corked 2\n', () => order.push('cb corked'));
order.push(`corked: ${out.writableCorked} length ${out.writableLength}`);
out.uncork();
order.push(`uncorked: ${out.writableCorked} length ${out.writableLength}`);

for (const bad of [undefined, 42, {}, null]) {
  try {
    out.write(bad);
  } catch (e) {
    order.push(`write(${bad === null ? 'null' : typeof bad}): ${e.name} ${e.code}`);
  }
}
err.write('to stderr\n', () => order.push('cb stderr'));
console.error('console.error after stderr.write');

setImmediate(() => {
  console.log(order.join('\n'));
  console.log('bytesWritten', out.bytesWritten, 'listeners', out.listenerCount('error'));
});
