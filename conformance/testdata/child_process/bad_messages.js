'use strict';
// send() arguments Node rejects, each thrown at the call.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fixtures', 'idle.js'));
const circular = { name: 'top', list: [1, 2, { inner: {} }] };
circular.list[2].inner.loop = circular;
class Thing {}
const thing = new Thing();
thing.self = thing;
const long = {};
let at = long;
for (const k of ['a', 'b', 'c', 'd', 'e']) at = at[k] = {};
at.back = long;

const cases = [
  ['circular', () => child.send(circular)],
  ['class instance', () => child.send(thing)],
  ['long cycle', () => child.send(long)],
  ['bigint', () => child.send(10n)],
  ['bigint inside', () => child.send({ n: 10n })],
  ['undefined', () => child.send(undefined)],
  ['function', () => child.send(function named() {})],
  ['symbol', () => child.send(Symbol('s'))],
  ['handle', () => child.send('x', {})],
  ['options', () => child.send('x', null, 5)],
  ['options array', () => child.send('x', undefined, [])],
];
for (const [name, fn] of cases) {
  try {
    console.log(name, 'returns', fn());
  } catch (e) {
    console.log(name, 'throws', e.name, e.code);
    console.log(e.message);
  }
}
child.on('message', () => child.disconnect());
child.on('exit', (code) => console.log('exit', code));
